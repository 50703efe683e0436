// Related articles: other stories that name the same people, organizations and systems (rarer names weigh
// more, places less) and share topics. Built from the entity → articles map, so each article looks only at
// articles it shares something with; names found in most of the corpus ("Iran") are skipped as uninformative.
//
// A name found in a quarter of the corpus still gives each of its articles thousands of candidates at 10,000
// articles, so the scores live in one array indexed by article (not a Map per article) and the best few are
// picked in one pass instead of sorting every candidate.
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
  const index = new Map(articles.map((a, i) => [a, i]));
  const storyIds = new Map<string, number>();
  const story = Int32Array.from(articles, (a) => storyIds.get(a.data.story) ?? storyIds.set(a.data.story, storyIds.size).get(a.data.story)!);
  const members = new Map<string, Int32Array>();
  for (const [id, list] of articlesByEntity) members.set(id, Int32Array.from(list, (a) => index.get(a) ?? -1));

  const scores = new Float64Array(total);
  const touched = new Int32Array(total);
  const related = new Map<string, ArticleRecord[]>();
  for (const [i, article] of articles.entries()) {
    let count = 0;
    for (const id of new Set(article.data.entities.map((e) => e.id))) {
      const others = members.get(id);
      if (!others || others.length < 2 || others.length > tooCommon) continue;
      const weight = Math.log(1 + total / others.length) * (entityById.get(id)?.type === 'place' ? PLACE_WEIGHT : 1);
      for (const j of others) {
        if (j < 0 || story[j] === story[i]) continue;
        if (scores[j] === 0) touched[count++] = j;
        scores[j] = scores[j]! + weight;
      }
    }
    const topics = new Set(article.data.topics);
    const best: Array<{ other: ArticleRecord; score: number }> = [];
    for (let k = 0; k < count; k++) {
      const j = touched[k]!;
      const other = articles[j]!;
      const score = scores[j]! + TOPIC_WEIGHT * other.data.topics.filter((t) => topics.has(t)).length;
      scores[j] = 0;
      keepBest(best, { other, score });
    }
    related.set(article.id, best.map((b) => b.other));
  }
  return related;
}

/** Highest score first, then newest, then by id: a total order, so the kept few are those a full sort gives. */
function before(a: { other: ArticleRecord; score: number }, b: { other: ArticleRecord; score: number }): boolean {
  return (b.score - a.score || compareDatesDesc(a.other.data.date, b.other.data.date) || a.other.id.localeCompare(b.other.id)) < 0;
}

function keepBest(best: Array<{ other: ArticleRecord; score: number }>, item: { other: ArticleRecord; score: number }): void {
  if (best.length === KEPT && !before(item, best[KEPT - 1]!)) return;
  let at = Math.min(best.length, KEPT - 1);
  while (at > 0 && before(item, best[at - 1]!)) at--;
  best.splice(at, 0, item);
  if (best.length > KEPT) best.pop();
}
