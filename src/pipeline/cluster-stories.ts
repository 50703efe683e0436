// Groups articles about the same event into a story: near-duplicate wording (shared word shingles) or the
// same people and systems together, with dates, when both are known, no more than two weeks apart. The
// story id is the slug of its earliest member; a member with no date of its own may take the story's date,
// and its dateEvidence says so.
import type { Draft } from './types.ts';

const SHINGLE = 3;
const WORDING = 0.12;
const ENTITIES = 0.6;
const MAX_DAYS = 14;

export function clusterStories(drafts: Draft[]): void {
  const shingles = drafts.map((d) => shingleSet(d.blocks.map((b) => b.text).join(' ')));
  const actors = drafts.map((d) => new Set(d.entities.filter((e) => e.type !== 'place').map((e) => e.id)));
  const parent = drafts.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));

  for (let i = 0; i < drafts.length; i++) {
    for (let j = i + 1; j < drafts.length; j++) {
      if (!datesCompatible(drafts[i]!, drafts[j]!)) continue;
      const wording = jaccard(shingles[i]!, shingles[j]!);
      const shared = jaccard(actors[i]!, actors[j]!);
      if (wording >= WORDING || (shared >= ENTITIES && actors[i]!.size >= 3)) parent[find(j)] = find(i);
    }
  }

  const groups = new Map<number, Draft[]>();
  drafts.forEach((d, i) => {
    const root = find(i);
    groups.set(root, [...(groups.get(root) ?? []), d]);
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

function datesCompatible(a: Draft, b: Draft): boolean {
  if (!a.date || !b.date || a.date.precision !== 'day' || b.date.precision !== 'day') return true;
  const days = Math.abs(Date.parse(a.date.date) - Date.parse(b.date.date)) / 86_400_000;
  return days <= MAX_DAYS;
}

function shingleSet(text: string): Set<string> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const set = new Set<string>();
  for (let i = 0; i + SHINGLE <= words.length; i++) set.add(words.slice(i, i + SHINGLE).join(' '));
  return set;
}

function jaccard<T>(a: Set<T>, b: Set<T>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  return inter / (a.size + b.size - inter);
}
