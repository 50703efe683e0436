// Related articles: other stories that name the same people, organizations and systems (rarer names weigh
// more, places less) and share topics. Built from the entity → articles map, so each article looks only at
// articles it shares something with; names found in most of the corpus ("Iran") are skipped as uninformative.
import { compareDatesDesc } from '../format-date.ts';
import type { ArticleRecord, EntityInfo } from './types.ts';

const KEPT = 5;
const PLACE_WEIGHT = 0.4;
const TOPIC_WEIGHT = 0.3;

export function relatedArticles(
  articles: ArticleRecord[],
  articlesByEntity: Map<string, ArticleRecord[]>,
  entityById: Map<string, EntityInfo>,
): Map<string, ArticleRecord[]> {
  const total = articles.length;
  const tooCommon = Math.max(50, total / 4);
  const related = new Map<string, ArticleRecord[]>();
  for (const article of articles) {
    const scores = new Map<ArticleRecord, number>();
    for (const id of new Set(article.data.entities.map((e) => e.id))) {
      const others = articlesByEntity.get(id) ?? [];
      if (others.length < 2 || others.length > tooCommon) continue;
      const weight = Math.log(1 + total / others.length) * (entityById.get(id)?.type === 'place' ? PLACE_WEIGHT : 1);
      for (const other of others) {
        if (other.data.story === article.data.story) continue;
        scores.set(other, (scores.get(other) ?? 0) + weight);
      }
    }
    const topics = new Set(article.data.topics);
    for (const [other, score] of scores) {
      scores.set(other, score + TOPIC_WEIGHT * other.data.topics.filter((t) => topics.has(t)).length);
    }
    const ranked = [...scores]
      .sort(([a, x], [b, y]) => y - x || compareDatesDesc(a.data.date, b.data.date) || a.id.localeCompare(b.id))
      .slice(0, KEPT)
      .map(([other]) => other);
    related.set(article.id, ranked);
  }
  return related;
}
