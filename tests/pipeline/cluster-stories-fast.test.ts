// clusterStories skips most pairs to scale to 10,000 articles; it must form exactly the stories that
// comparing every pair forms. The oracle below is that plain all-pairs rule, written independently.
import fc from 'fast-check';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { clusterStories } from '../../src/pipeline/cluster-stories.ts';
import type { Draft } from '../../src/pipeline/types.ts';

const WORDS = ['iran', 'russia', 'drones', 'shahed', 'deal', 'jets', 'syria', 'said', 'the', 'of', 'talks', 'moscow'];
const ENTITY_IDS = ['putin', 'khamenei', 'shahed-136', 'su-35', 's-400', 'irgc', 'kirby'];

function oracle(drafts: Draft[]): string[][] {
  const shingles = drafts.map((d) => {
    const w = d.blocks.map((b) => b.text).join(' ').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
    return new Set(w.slice(0, Math.max(0, w.length - 2)).map((_, i) => w.slice(i, i + 3).join(' ')));
  });
  const actors = drafts.map((d) => new Set(d.entities.filter((e) => e.type !== 'place').map((e) => e.id)));
  const jac = (a: Set<string>, b: Set<string>): number => {
    if (a.size === 0 || b.size === 0) return 0;
    const inter = [...a].filter((x) => b.has(x)).length;
    return inter / (a.size + b.size - inter);
  };
  const compatible = (a: Draft, b: Draft): boolean =>
    !a.date || !b.date || a.date.precision !== 'day' || b.date.precision !== 'day' || Math.abs(Date.parse(a.date.date) - Date.parse(b.date.date)) / 86_400_000 <= 14;
  const group = drafts.map((_, i) => i);
  const merge = (from: number, to: number): void => {
    for (let k = 0; k < group.length; k++) if (group[k] === from) group[k] = to;
  };
  for (let i = 0; i < drafts.length; i++) {
    for (let j = i + 1; j < drafts.length; j++) {
      if (!compatible(drafts[i]!, drafts[j]!)) continue;
      if (jac(shingles[i]!, shingles[j]!) >= 0.12 || (jac(actors[i]!, actors[j]!) >= 0.6 && actors[i]!.size >= 3)) merge(group[j]!, group[i]!);
    }
  }
  const stories = new Map<number, string[]>();
  group.forEach((g, i) => stories.set(g, [...(stories.get(g) ?? []), drafts[i]!.slug!]));
  return [...stories.values()].map((s) => s.sort()).sort((a, b) => a[0]!.localeCompare(b[0]!));
}

const draftArb = fc.record({
  words: fc.array(fc.constantFrom(...WORDS), { minLength: 0, maxLength: 24 }),
  entities: fc.uniqueArray(fc.constantFrom(...ENTITY_IDS), { maxLength: 5 }),
  place: fc.boolean(),
  date: fc.oneof(
    fc.constant(null),
    fc.integer({ min: 0, max: 60 }).map((d) => ({ date: new Date(Date.UTC(2023, 0, 1 + d)).toISOString().slice(0, 10), precision: 'day' as const })),
    fc.constant({ date: '2023-05', precision: 'month' as const }),
    fc.constant({ date: '2023-13-45', precision: 'day' as const }),
  ),
});

type Spec = typeof draftArb extends fc.Arbitrary<infer T> ? T : never;

function toDrafts(specs: Spec[]): Draft[] {
  return specs.map((s, i) => ({
    file: new VFile(),
    sourceFile: `a${i}.txt`,
    text: '',
    firstLine: 1,
    editor: {},
    lines: [],
    blocks: [{ kind: 'paragraph', text: s.words.join(' '), line: 1, spans: [] }],
    removed: [],
    title: `a${i}`,
    slug: `a${String(i).padStart(3, '0')}`,
    date: s.date ? { ...s.date, evidence: 'test' } : null,
    source: null,
    author: null,
    agency: null,
    topics: [],
    entities: [...s.entities.map((id) => ({ id, name: id, type: 'person' as const })), ...(s.place ? [{ id: 'iran', name: 'Iran', type: 'place' as const }] : [])],
    quotes: [],
    claims: [],
    summary: '',
    story: null,
  })) as Draft[];
}

describe('cluster-stories at scale', () => {
  it('forms the same stories as comparing every pair', () => {
    fc.assert(
      fc.property(fc.array(draftArb, { minLength: 1, maxLength: 30 }), (specs) => {
        const drafts = toDrafts(specs);
        const expected = oracle(drafts);
        clusterStories(drafts);
        const byStory = new Map<string, string[]>();
        for (const d of drafts) byStory.set(d.story!, [...(byStory.get(d.story!) ?? []), d.slug!]);
        const actual = [...byStory.values()].map((s) => s.sort()).sort((a, b) => a[0]!.localeCompare(b[0]!));
        expect(actual).toEqual(expected);
      }),
      { numRuns: 300, seed: 42 },
    );
  });
});
