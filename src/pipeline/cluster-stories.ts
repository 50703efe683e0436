// Groups articles about the same event into a story. Candidate pairs come from inverted indexes, never from
// all pairs, so the step scales to tens of thousands of articles:
// - shared wording: a sample of each article's 8-word shingles (those whose hash is 0 mod 8) is indexed, so
//   two articles sharing a passage of some thirty words meet in a bucket with high probability;
// - shared actors: people and organizations that few articles name (at most 1% of them, or three).
// A candidate pair is linked when its dates (if both are known to the day) are at most a week apart and it
// shares enough wording (containment of 4-word shingles ≥ 0.15), or two rare actors and some wording.
// The story id is the slug of the earliest member (by date, then slug); a member with no date of its own
// takes the story's date, and its dateEvidence says so.
import type { Draft } from './types.ts';

const SAMPLE_SHINGLE = 8;
const SAMPLE_MOD = 8;
const VERIFY_SHINGLE = 4;
const WORDING = 0.15;
const ACTORS_WORDING = 0.05;
const MAX_DAYS = 7;
/** A shingle or actor found in more articles than this is boilerplate or background, not a shared event. */
const MAX_BUCKET = 50;

export function clusterStories(drafts: Draft[]): void {
  // Each word hashed once; shingles are hashed from word hashes, never built as strings.
  const words = drafts.map((d) => (d.blocks.map((b) => b.text).join(' ').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).map(fnv1a));
  const candidates = new Set<number>();
  const pair = (i: number, j: number): void => {
    if (i !== j) candidates.add(i < j ? i * drafts.length + j : j * drafts.length + i);
  };
  const index = (buckets: Map<string | number, number[]>): void => {
    for (const members of buckets.values()) {
      if (members.length < 2 || members.length > MAX_BUCKET) continue;
      for (let a = 0; a < members.length; a++) for (let b = a + 1; b < members.length; b++) pair(members[a]!, members[b]!);
    }
  };

  const shingleBuckets = new Map<number, number[]>();
  words.forEach((w, i) => {
    const seen = new Set<number>();
    for (const h of shingleHashes(w, SAMPLE_SHINGLE)) {
      if (h % SAMPLE_MOD !== 0 || seen.has(h)) continue;
      seen.add(h);
      push(shingleBuckets, h, i);
    }
  });
  index(shingleBuckets);

  // Actors: people and organizations (places and weapon systems are what a topic shares, not an event).
  const actors = drafts.map((d) => new Set(d.entities.filter((e) => e.type === 'person' || e.type === 'organization').map((e) => e.id)));
  const actorBuckets = new Map<string, number[]>();
  actors.forEach((set, i) => set.forEach((id) => push(actorBuckets, id, i)));
  const rare = Math.min(MAX_BUCKET, Math.max(3, Math.ceil(drafts.length / 100)));
  const shared = new Map<number, number>();
  for (const members of actorBuckets.values()) {
    if (members.length < 2 || members.length > rare) continue;
    for (let a = 0; a < members.length; a++) {
      for (let b = a + 1; b < members.length; b++) {
        const key = members[a]! * drafts.length + members[b]!;
        shared.set(key, (shared.get(key) ?? 0) + 1);
        if (shared.get(key) === 2) candidates.add(key);
      }
    }
  }

  const parent = drafts.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const shingles = new Map<number, Set<number>>();
  const shingleSet = (i: number): Set<number> => {
    let s = shingles.get(i);
    if (!s) shingles.set(i, (s = new Set(shingleHashes(words[i]!, VERIFY_SHINGLE))));
    return s;
  };
  for (const key of [...candidates].sort((a, b) => a - b)) {
    const i = Math.floor(key / drafts.length);
    const j = key % drafts.length;
    if (!datesCompatible(drafts[i]!, drafts[j]!)) continue;
    const wording = containment(shingleSet(i), shingleSet(j));
    if (wording >= WORDING || ((shared.get(key) ?? 0) >= 2 && wording >= ACTORS_WORDING)) parent[find(j)] = find(i);
  }

  const groups = new Map<number, Draft[]>();
  drafts.forEach((d, i) => push(groups, find(i), d));
  for (const members of groups.values()) assignStory(members);
}

function assignStory(members: Draft[]): void {
  const dated = members.filter((m) => m.date && !m.date.evidence.startsWith('story date')).sort((a, b) => a.date!.date.localeCompare(b.date!.date) || a.slug!.localeCompare(b.slug!));
  const first = dated[0] ?? [...members].sort((a, b) => a.slug!.localeCompare(b.slug!))[0]!;
  for (const m of members) {
    m.story = m.editor.story ?? first.slug!;
    if (!m.date && dated[0] && members.length > 1) {
      m.date = { ...dated[0].date!, evidence: `story date, from ${dated[0].sourceFile}: ${dated[0].date!.evidence}` };
    }
  }
}

function datesCompatible(a: Draft, b: Draft): boolean {
  if (!a.date || !b.date || a.date.precision !== 'day' || b.date.precision !== 'day') return true;
  const days = Math.abs(Date.parse(a.date.date) - Date.parse(b.date.date)) / 86_400_000;
  return days <= MAX_DAYS;
}

/** Hashes of every run of k words, from the words' hashes. */
function shingleHashes(words: number[], k: number): number[] {
  const out: number[] = [];
  for (let i = 0; i + k <= words.length; i++) {
    let h = 0x811c9dc5;
    for (let j = i; j < i + k; j++) h = Math.imul(h ^ words[j]!, 0x01000193) ^ (h >>> 15);
    out.push(h >>> 0);
  }
  return out;
}

/** Share of the smaller article's shingles found in the other: a rewrite of a wire story scores high. */
function containment(a: Set<number>, b: Set<number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return 0;
  let inter = 0;
  for (const x of small) if (large.has(x)) inter++;
  return inter / small.size;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** 32-bit FNV-1a: a fixed hash, so that the same corpus always samples the same shingles. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
