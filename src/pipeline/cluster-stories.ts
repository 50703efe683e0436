// Groups articles about the same event into a story: near-duplicate wording (shared word shingles) or the
// same people and systems together, with dates, when both are known, no more than two weeks apart. The
// story id is the slug of its earliest member; a member with no date of its own may take the story's date,
// and its dateEvidence says so.
//
// Comparing every pair is quadratic, so the pairs are visited in a way that keeps 10,000 articles fast:
// articles dated to the day are compared only with those dated within the window (after sorting by day) and
// with the undated ones; pairs already in one story are skipped; shingles and actors are interned to sorted
// integer arrays, compared by merging, and a pair that cannot reach the wording threshold stops early. The
// stories are the same as comparing every pair with sets of strings.
import type { Draft } from './types.ts';

const SHINGLE = 3;
const WORDING = 0.12;
const ENTITIES = 0.6;
const MAX_DAYS = 14;

export function clusterStories(drafts: Draft[]): void {
  const ids = new Map<string, number>();
  const intern = (values: Iterable<string>): Int32Array => {
    const out = new Int32Array(new Set([...values].map((v) => ids.get(v) ?? (ids.set(v, ids.size), ids.size - 1))));
    return out.sort();
  };
  const shingles = drafts.map((d) => intern(shingleSet(d.blocks.map((b) => b.text).join(' '))));
  const actors = drafts.map((d) => intern(d.entities.filter((e) => e.type !== 'place').map((e) => `\0${e.id}`)));
  const parent = drafts.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));

  // Same story when `related`: i < j, as the entity rule asks the earlier article for three actors.
  const link = (a: number, b: number): void => {
    const [i, j] = a < b ? [a, b] : [b, a];
    if (find(i) === find(j)) return;
    const sa = actors[i]!;
    const sb = actors[j]!;
    if ((sa.length >= 3 && jaccardAtLeast(sa, sb, ENTITIES)) || jaccardAtLeast(shingles[i]!, shingles[j]!, WORDING)) parent[find(j)] = find(i);
  };

  // A day that does not parse matches no other day, only articles without one.
  const days = drafts.map(dayNumber);
  const dated = drafts.map((_, i) => i).filter((i) => days[i] !== null && !Number.isNaN(days[i])).sort((a, b) => days[a]! - days[b]! || a - b);
  const unparsed = drafts.map((_, i) => i).filter((i) => Number.isNaN(days[i]));
  const undated = drafts.map((_, i) => i).filter((i) => days[i] === null);
  for (let u = 0; u < undated.length; u++) {
    for (let v = u + 1; v < undated.length; v++) link(undated[u]!, undated[v]!);
    for (const d of dated) link(undated[u]!, d);
    for (const d of unparsed) link(undated[u]!, d);
  }
  for (let x = 0; x < dated.length; x++) {
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

function shingleSet(text: string): Set<string> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const set = new Set<string>();
  for (let i = 0; i + SHINGLE <= words.length; i++) set.add(words.slice(i, i + SHINGLE).join(' '));
  return set;
}

/** Whether |a ∩ b| / |a ∪ b| ≥ threshold, for sorted arrays of distinct ids; stops once it cannot be. */
function jaccardAtLeast(a: Int32Array, b: Int32Array, threshold: number): boolean {
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
