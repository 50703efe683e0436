// Groups articles about the same event into a story. Candidate pairs come from inverted indexes, never from
// all pairs, so the step scales to tens of thousands of articles:
// - shared wording: a sample of each article's 8-word shingles (those whose hash is 0 mod 8) is indexed, and
//   two articles sharing two of them (a passage of some thirty words shares three on average) are compared;
// - shared actors: people and organizations that few articles name (at most 1% of them, or three).
// A candidate pair is linked when its dates allow one event (a week at most; a year resolved from a weekday
// agrees on month and day) and it is a copy (containment of 4-word shingles ≥ 0.8), or shares wording
// (≥ 0.15) and a rare person or organization, or two of them and some wording (≥ 0.05). Shared wording
// alone is not enough: outlets reuse background paragraphs for every story on a subject, while reports of
// one event name the same people. Links never chain articles dated more than a week apart into one story.
// The story id is the slug of the earliest member (by date, then slug); a member with no date of its own
// takes the story's date, and a year resolved from a weekday yields to the year a member states; the
// dateEvidence says so.
import type { Draft } from './types.ts';

const SAMPLE_SHINGLE = 8;
const SAMPLE_MOD = 8;
const VERIFY_SHINGLE = 4;
const WORDING = 0.15;
/** Containment above which two texts are copies of one story whatever else they share. */
const COPY = 0.8;
const ACTORS_WORDING = 0.05;
const MAX_DAYS = 7;
/** Sampled shingles two articles must share to be compared: a passage of some thirty words gives three. */
const MIN_SHARED = 2;
/** A shingle or actor found in more articles than this is boilerplate or background, not a shared event. */
const MAX_BUCKET = 50;

export function clusterStories(drafts: Draft[]): void {
  // Each word hashed once; shingles are hashed from word hashes, never built as strings.
  const words = drafts.map((d) => (d.blocks.map((b) => b.text).join(' ').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).map(fnv1a));
  const candidates = new Set<number>();

  const shingleBuckets = new Map<number, number[]>();
  words.forEach((w, i) => {
    const seen = new Set<number>();
    for (const h of shingleHashes(w, SAMPLE_SHINGLE)) {
      if (h % SAMPLE_MOD !== 0 || seen.has(h)) continue;
      seen.add(h);
      push(shingleBuckets, h, i);
    }
  });
  // Two articles meet when they share at least two sampled shingles: one shared stock phrase is not a passage.
  const sharedShingles = new Map<number, number>();
  for (const members of shingleBuckets.values()) {
    if (members.length < 2 || members.length > MAX_BUCKET) continue;
    for (let a = 0; a < members.length; a++) {
      for (let b = a + 1; b < members.length; b++) {
        const key = members[a]! * drafts.length + members[b]!;
        const n = (sharedShingles.get(key) ?? 0) + 1;
        sharedShingles.set(key, n);
        if (n === MIN_SHARED) candidates.add(key);
      }
    }
  }

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
  // The days a story's dated members span: links never chain articles weeks apart into one story.
  const span = drafts.map((d) => {
    const day = explicitDay(d) ? Date.parse(d.date!.date) / 86_400_000 : null;
    return day === null ? { min: Infinity, max: -Infinity } : { min: day, max: day };
  });
  // A safety valve against chains of weak links: a story holds at most 2% of the corpus (12 at least).
  const size = drafts.map(() => 1);
  const maxStory = Math.max(12, Math.ceil(drafts.length / 50));
  const spanFits = (a: number, b: number): boolean => {
    if (a === b) return true;
    if (size[a]! + size[b]! > maxStory) return false;
    const min = Math.min(span[a]!.min, span[b]!.min);
    const max = Math.max(span[a]!.max, span[b]!.max);
    return max === -Infinity || max - min <= MAX_DAYS;
  };
  // Distinct shingle hashes, sorted, so that a pair is compared in one merge instead of a lookup per shingle.
  const shingles = new Map<number, Uint32Array>();
  const shingleSet = (i: number): Uint32Array => {
    let s = shingles.get(i);
    if (!s) shingles.set(i, (s = distinctSorted(Uint32Array.from(shingleHashes(words[i]!, VERIFY_SHINGLE)))));
    return s;
  };
  for (const key of [...candidates].sort((a, b) => a - b)) {
    const i = Math.floor(key / drafts.length);
    const j = key % drafts.length;
    if (dateAgreement(drafts[i]!, drafts[j]!) === 'apart') continue;
    const wording = containment(shingleSet(i), shingleSet(j));
    const actors = shared.get(key) ?? 0;
    // Shared wording alone may be a background paragraph outlets reuse for every story on a subject: it
    // links only with a rare actor in common, or when most of the text is the same.
    const linked = wording >= COPY || (wording >= WORDING && actors >= 1) || (actors >= 2 && wording >= ACTORS_WORDING);
    if (linked && spanFits(find(i), find(j))) {
      const [ri, rj] = [find(i), find(j)];
      parent[rj] = ri;
      size[ri]! += size[rj]!;
      span[ri] = { min: Math.min(span[ri]!.min, span[rj]!.min), max: Math.max(span[ri]!.max, span[rj]!.max) };
    }
  }

  const groups = new Map<number, Draft[]>();
  drafts.forEach((d, i) => push(groups, find(i), d));
  for (const members of groups.values()) assignStory(members);
}

function assignStory(members: Draft[]): void {
  // A weekday-resolved year yields to the year another member of the story states in full.
  const stated = members.find((m) => explicitDay(m));
  for (const m of members) {
    if (!stated || !m.date || m.date.precision !== 'day' || explicitDay(m) || m.editor.date) continue;
    if (m.date.date.slice(4) === stated.date!.date.slice(4) && m.date.date !== stated.date!.date) {
      m.date = { date: stated.date!.date, precision: 'day', evidence: `${m.date.evidence} (year from the story, ${stated.sourceFile}: ${stated.date!.evidence})` };
    }
  }
  const dated = members.filter((m) => m.date && !m.date.evidence.startsWith('story date')).sort((a, b) => a.date!.date.localeCompare(b.date!.date) || a.slug!.localeCompare(b.slug!));
  const first = dated[0] ?? [...members].sort((a, b) => a.slug!.localeCompare(b.slug!))[0]!;
  for (const m of members) {
    m.story = m.editor.story ?? first.slug!;
    if (!m.date && dated[0] && members.length > 1) {
      m.date = { ...dated[0].date!, evidence: `story date, from ${dated[0].sourceFile}: ${dated[0].date!.evidence}` };
    }
  }
}

/**
 * 'close': both dated to the day, at most a week apart; 'apart': their dates cannot be the same event (days
 * more than a week apart, or different years or months at the precision both have); 'unknown' otherwise.
 */
function dateAgreement(a: Draft, b: Draft): 'close' | 'apart' | 'unknown' {
  if (!a.date || !b.date) return 'unknown';
  if (a.date.precision === 'day' && b.date.precision === 'day') {
    // A year resolved from a weekday ("Thursday, April 9") may be any year in which that day fits: such a
    // date agrees with another on month and day.
    const sameYearKnown = explicitDay(a) && explicitDay(b);
    const shift = (d: Draft): number => Date.parse(sameYearKnown ? d.date!.date : `2000${d.date!.date.slice(4)}`);
    const days = Math.abs(shift(a) - shift(b)) / 86_400_000;
    return days <= MAX_DAYS ? (sameYearKnown ? 'close' : 'unknown') : 'apart';
  }
  const common = Math.min(a.date.date.length, b.date.date.length);
  return a.date.date.slice(0, common) === b.date.date.slice(0, common) ? 'unknown' : 'apart';
}

/** A day-precise date whose year the text states (or an editor set), not one resolved from a weekday. */
function explicitDay(d: Draft): boolean {
  return d.date?.precision === 'day' && (/\d{4}/.test(d.date.evidence) || d.date.evidence === 'front-matter') && !d.date.evidence.startsWith('story date');
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
function containment(a: Uint32Array, b: Uint32Array): number {
  const smaller = Math.min(a.length, b.length);
  if (smaller === 0) return 0;
  let inter = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] === b[j]) {
      inter++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return inter / smaller;
}

function distinctSorted(values: Uint32Array): Uint32Array {
  values.sort();
  let n = 0;
  for (let i = 0; i < values.length; i++) if (n === 0 || values[i] !== values[n - 1]) values[n++] = values[i]!;
  return values.subarray(0, n);
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
