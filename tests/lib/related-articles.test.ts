// related.ts scores candidates in typed arrays and keeps the best five in one pass, for speed at 10,000
// articles; it must pick exactly what the plain rule picks: a score per other-story article (shared names
// weighted by rarity, places less, plus shared topics), sorted by score, date and id, the first five kept.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareDatesDesc } from '../../src/lib/format-date.ts';
import { indexEntities } from '../../src/lib/briefing/entities.ts';
import { relatedArticles } from '../../src/lib/briefing/related.ts';
import type { ArticleRecord, EntityInfo } from '../../src/lib/briefing/types.ts';
import { article, person, place } from './records.ts';

function plainRule(articles: ArticleRecord[], byEntity: Map<string, ArticleRecord[]>, byId: Map<string, EntityInfo>): Map<string, string[]> {
  const total = articles.length;
  const tooCommon = Math.max(50, total / 4);
  const result = new Map<string, string[]>();
  for (const a of articles) {
    const scores = new Map<ArticleRecord, number>();
    for (const id of new Set(a.data.entities.map((e) => e.id))) {
      const others = byEntity.get(id) ?? [];
      if (others.length < 2 || others.length > tooCommon) continue;
      const weight = Math.log(1 + total / others.length) * (byId.get(id)?.type === 'place' ? 0.4 : 1);
      for (const o of others) if (o.data.story !== a.data.story) scores.set(o, (scores.get(o) ?? 0) + weight);
    }
    const topics = new Set(a.data.topics);
    const ranked = [...scores]
      .map(([o, s]) => [o, s + 0.3 * o.data.topics.filter((t) => topics.has(t)).length] as const)
      .sort(([x, s], [y, t]) => t - s || compareDatesDesc(x.data.date, y.data.date) || x.id.localeCompare(y.id));
    result.set(a.id, ranked.slice(0, 5).map(([o]) => o.id));
  }
  return result;
}

const NAMES = Array.from({ length: 12 }, (_, i) => (i % 3 === 0 ? place(`place-${i}`, `Place ${i}`) : person(`person-${i}`, `Person ${i}`)));
const record = fc.record({
  story: fc.integer({ min: 0, max: 30 }),
  names: fc.uniqueArray(fc.integer({ min: 0, max: NAMES.length - 1 }), { maxLength: 6 }),
  topics: fc.uniqueArray(fc.constantFrom('a', 'b', 'c'), { maxLength: 3 }),
  date: fc.option(fc.constantFrom('2023-01-05', '2023-02', '2023', '2024-06-01'), { nil: null }),
});

describe('related articles', () => {
  it('pick exactly the five best by the plain rule, ties broken by date then id', () => {
    fc.assert(
      fc.property(fc.array(record, { minLength: 1, maxLength: 220 }), (rows) => {
        const articles = rows.map((r, i) => article(`a${i}`, { story: `s${r.story}`, entities: r.names.map((n) => NAMES[n]!), topics: r.topics, date: r.date }));
        const index = indexEntities(articles, []);
        const fast = relatedArticles(articles, index.articles, index.byId);
        const expected = plainRule(articles, index.articles, index.byId);
        for (const a of articles) expect(fast.get(a.id)!.map((o) => o.id)).toEqual(expected.get(a.id));
      }),
      { numRuns: 150 },
    );
  });
});
