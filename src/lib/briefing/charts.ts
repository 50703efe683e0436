// The numbers behind the pictures: articles per month per topic over a window of months, and the strongest
// co-mention ties among the most named people, organizations and systems.
import { monthKey, monthRange } from '../format-date.ts';
import type { ArticleRecord, EntityInfo, TopicRecord } from './types.ts';
import type { EntityIndex } from './entities.ts';
import { rankEntities } from './entities.ts';

export interface MonthSeries {
  /** Consecutive "YYYY-MM" keys, oldest first. */
  months: string[];
  topics: TopicRecord[];
  /** Topic id → article count per month (an article with several topics counts once in each). */
  counts: Map<string, number[]>;
  /** Distinct articles per month. */
  totals: number[];
  /** Dated to the month or day but before the window. */
  earlier: number;
  /** Dated to the year only, or undated: not placed on a month axis. */
  unplaced: number;
}

/** Charts show at most this many months, the latest. */
export const MAX_MONTHS = 48;

export function monthSeries(articles: ArticleRecord[], topics: TopicRecord[], maxMonths = MAX_MONTHS): MonthSeries {
  const keys = articles.map((a) => monthKey(a.data.date)).filter((k): k is string => k !== null).sort();
  if (keys.length === 0) return { months: [], topics, counts: new Map(topics.map((t) => [t.id, []])), totals: [], earlier: 0, unplaced: articles.length };
  const all = monthRange(keys[0]!, keys[keys.length - 1]!);
  const months = all.slice(-maxMonths);
  const index = new Map(months.map((m, i) => [m, i]));
  const counts = new Map(topics.map((t) => [t.id, months.map(() => 0)]));
  const totals = months.map(() => 0);
  let earlier = 0;
  let unplaced = 0;
  for (const article of articles) {
    const key = monthKey(article.data.date);
    if (key === null) {
      unplaced++;
      continue;
    }
    const i = index.get(key);
    if (i === undefined) {
      earlier++;
      continue;
    }
    totals[i]!++;
    for (const t of article.data.topics) {
      const row = counts.get(t);
      if (row) row[i]!++;
    }
  }
  return { months, topics, counts, totals, earlier, unplaced };
}

export interface NetworkData {
  nodes: EntityInfo[];
  edges: Array<{ source: string; target: string; count: number }>;
}

const NETWORK_NODES = 24;
const NETWORK_EDGES = 60;

export function coMentionNetwork(index: EntityIndex, nodes = NETWORK_NODES): NetworkData {
  const chosen = rankEntities(index.entities, (e) => e.type !== 'place' && e.articleCount > 0, nodes);
  const ids = new Set(chosen.map((e) => e.id));
  const edges = new Map<string, { source: string; target: string; count: number }>();
  for (const entity of chosen) {
    for (const { item, count } of index.coMentions.get(entity.id) ?? []) {
      if (!ids.has(item.id)) continue;
      const [source, target] = [entity.id, item.id].sort() as [string, string];
      edges.set(`${source} ${target}`, { source, target, count });
    }
  }
  const strongest = [...edges.values()].sort((a, b) => b.count - a.count || a.source.localeCompare(b.source) || a.target.localeCompare(b.target)).slice(0, NETWORK_EDGES);
  return { nodes: chosen, edges: strongest };
}
