// Groups articles about the same event into a story: near-duplicate wording (shared word shingles) or the
// same people and systems together, with dates, when both are known, no more than two weeks apart. The
// story id is the slug of its earliest member; a member with no date of its own may take the story's date,
// and its dateEvidence says so.
//
// Comparing every pair is quadratic, so the pairs are visited in a way that keeps 10,000 articles fast:
// articles dated to the day are compared only with those dated within the window (after sorting by day) and
// with the undated ones; pairs already in one story are skipped; shingles and actors become sorted arrays
// of numbers, compared by merging, and a pair that cannot reach the wording threshold stops early. The
// stories are the same as comparing every pair with sets of strings.
import type { Draft } from './types.ts';

const SHINGLE = 3;
const WORDING = 0.12;
const ENTITIES = 0.6;
const MAX_DAYS = 14;

export function clusterStories(drafts: Draft[]): void {
  const shingles = shingleCodes(drafts.map((d) => d.blocks.map((b) => b.text).join(' ')));
  const actorIds = new Map<string, number>();
  const actors = drafts.map((d) => {
    const ids = new Set(d.entities.filter((e) => e.type !== 'place').map((e) => actorIds.get(e.id) ?? (actorIds.set(e.id, actorIds.size), actorIds.size - 1)));
    return Float64Array.from(ids).sort();
  });
  const parent = drafts.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  let stories = drafts.length;

  // i < j, as the entity rule asks the earlier article for three actors.
  const link = (a: number, b: number): void => {
    const i = a < b ? a : b;
    const j = a < b ? b : a;
    if (find(i) === find(j)) return;
    const sa = actors[i]!;
    const sb = actors[j]!;
    if ((sa.length >= 3 && jaccardAtLeast(sa, sb, ENTITIES)) || jaccardAtLeast(shingles[i]!, shingles[j]!, WORDING)) {
      parent[find(j)] = find(i);
      stories--;
    }
  };

  // A day that does not parse matches no other day, only articles without one.
  const days = drafts.map(dayNumber);
  const dated = drafts.map((_, i) => i).filter((i) => days[i] !== null && !Number.isNaN(days[i])).sort((a, b) => days[a]! - days[b]! || a - b);
  const unparsed = drafts.map((_, i) => i).filter((i) => Number.isNaN(days[i]));
  const undated = drafts.map((_, i) => i).filter((i) => days[i] === null);
  for (let u = 0; u < undated.length && stories > 1; u++) {
    for (let v = u + 1; v < undated.length; v++) link(undated[u]!, undated[v]!);
    for (const d of dated) link(undated[u]!, d);
    for (const d of unparsed) link(undated[u]!, d);
  }
  for (let x = 0; x < dated.length && stories > 1; x++) {
    for (let y = x + 1; y < dated.length && days[dated[y]!]! - days[dated[x]!]! <= MAX_DAYS; y++) link(dated[x]!, dated[y]!);
  }

  const groups = new Map<number, Draft[]>();
  drafts.forEach((d, i) => {
    const root = find(i);
    const members = groups.get(root);
    if (members) members.push(d);
    else groups.set(root, [d]);
  });
  for (const members of groups.values()) {
    const dated = members.filter((m) => m.date).sort((a, b) => a.date!.date.localeCompare(b.date!.date));
    const first = dated[0] ?? [...members].sort((a, b) => a.slug!.localeCompare(b.slug!))[0]!;
    for (const m of members) {
      m.story = m.editor.story ?? first.slug!;
      if (!m.date && dated[0] && members.length > 1) {
        m.date = { ...dated[0].date!, evidence: `story date, from ${dated[0].sourceFile}: ${dated[0].date!.evidence}` };
      }
    }
  }
}

/** Days since the epoch for an article dated to the day (NaN if the date does not parse); null otherwise. */
function dayNumber(draft: Draft): number | null {
  if (!draft.date || draft.date.precision !== 'day') return null;
  return Date.parse(draft.date.date) / 86_400_000;
}

/**
 * Each text's distinct word shingles as sorted numbers: words are numbered, and a shingle of three word
 * numbers below V is w1·V² + w2·V + w3, exact while V³ stays below 2^53 (about 200,000 distinct words).
 * Beyond that the shingles are numbered through a map of their text instead.
 */
function shingleCodes(texts: string[]): Float64Array[] {
  const wordIds = new Map<string, number>();
  const numbered = texts.map((text) => (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).map((w) => wordIds.get(w) ?? (wordIds.set(w, wordIds.size), wordIds.size - 1)));
  const v = wordIds.size;
  const exact = v ** SHINGLE < Number.MAX_SAFE_INTEGER;
  const shingleIds = new Map<string, number>();
  return numbered.map((words) => {
    const codes = new Float64Array(Math.max(0, words.length - SHINGLE + 1));
    for (let i = 0; i < codes.length; i++) {
      if (exact) codes[i] = (words[i]! * v + words[i + 1]!) * v + words[i + 2]!;
      else {
        const key = `${words[i]},${words[i + 1]},${words[i + 2]}`;
        codes[i] = shingleIds.get(key) ?? (shingleIds.set(key, shingleIds.size), shingleIds.size - 1);
      }
    }
    return distinct(codes.sort());
  });
}

function distinct(sorted: Float64Array): Float64Array {
  let n = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[n - 1]) sorted[n++] = sorted[i]!;
  return sorted.subarray(0, n);
}

/** Whether |a ∩ b| / |a ∪ b| ≥ threshold, for sorted arrays of distinct numbers; stops once it cannot be. */
function jaccardAtLeast(a: Float64Array, b: Float64Array, threshold: number): boolean {
  if (a.length === 0 || b.length === 0) return false;
  // J ≥ t  ⇔  inter ≥ t (|a| + |b|) / (1 + t)
  const needed = (threshold * (a.length + b.length)) / (1 + threshold);
  // The bound only cuts the search short, with a margin for rounding; the decision is the plain ratio.
  const bound = needed - 1e-9;
  if (Math.min(a.length, b.length) < bound) return false;
  let inter = 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (inter + Math.min(a.length - i, b.length - j) < bound) return false;
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      inter++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return inter / (a.length + b.length - inter) >= threshold;
}
