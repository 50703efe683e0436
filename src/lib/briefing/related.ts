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

  // Ties on score go to the newer article, then by id: one rank per article instead of comparing dates and
  // ids (localeCompare) for every tie, and most candidates tie, sharing one name.
  const rank = new Int32Array(total);
  [...articles.keys()]
    .sort((x, y) => compareDatesDesc(articles[x]!.data.date, articles[y]!.data.date) || articles[x]!.id.localeCompare(articles[y]!.id))
    .forEach((j, r) => (rank[j] = r));
  const topicIds = new Map<string, number>();
  const topicsOf = articles.map((a) => Int32Array.from(a.data.topics, (t) => topicIds.get(t) ?? topicIds.set(t, topicIds.size).get(t)!));
  const ownTopic = new Uint8Array(topicIds.size);

  const scores = new Float64Array(total);
  const touched = new Int32Array(total);
  const related = new Map<string, ArticleRecord[]>();
  for (const [i, article] of articles.entries()) {
    let count = 0;
    for (const id of new Set(article.data.entities.map((e) => e.id))) {
      const others = members.get(id);
      if (!others || others.length < 2 || others.length > tooCommon) continue;
      const weight = Math.log(1 + total / others.length) * (entityById.get(id)?.type === 'place' ? PLACE_WEIGHT : 1);
      const own = story[i];
      for (let k = 0; k < others.length; k++) {
        const j = others[k]!;
        if (j < 0 || story[j] === own) continue;
        if (scores[j] === 0) touched[count++] = j;
        scores[j] = scores[j]! + weight;
      }
    }
    for (const t of topicsOf[i]!) ownTopic[t] = 1;
    // The best KEPT so far, best first, as article indexes and their scores.
    const best: number[] = [];
    const bestScore: number[] = [];
    for (let k = 0; k < count; k++) {
      const j = touched[k]!;
      let shared = 0;
      for (const t of topicsOf[j]!) shared += ownTopic[t]!;
      const score = scores[j]! + TOPIC_WEIGHT * shared;
      scores[j] = 0;
      const beats = (at: number) => score > bestScore[at]! || (score === bestScore[at]! && rank[j]! < rank[best[at]!]!);
      if (best.length === KEPT && !beats(KEPT - 1)) continue;
      let at = Math.min(best.length, KEPT - 1);
      while (at > 0 && beats(at - 1)) at--;
      best.splice(at, 0, j);
      bestScore.splice(at, 0, score);
      if (best.length > KEPT) {
        best.pop();
        bestScore.pop();
      }
    }
    for (const t of topicsOf[i]!) ownTopic[t] = 0;
    related.set(article.id, best.map((j) => articles[j]!));
  }
  return related;
}
