// Builds the briefing index once from the articles, the topics and the gazetteer: every page that lists or
// links reads it, so no page scans the articles again (Quartz's lesson). Pure: plain records in, maps out.
import type { EntityEntry } from '../../schema/knowledge.ts';
import { compareDatesDesc } from '../format-date.ts';
import { coMentionNetwork, monthSeries, type MonthSeries, type NetworkData } from './charts.ts';
import { indexEntities, type EntityIndex } from './entities.ts';
import { relatedArticles } from './related.ts';
import { buildSources } from './sources.ts';
import { buildStories } from './stories.ts';
import { buildTimeline } from './timeline.ts';
import { digestTopics } from './topics.ts';
import type { ArticleRecord, Sources, Story, Timeline, TopicDigest, TopicRecord } from './types.ts';

export interface Briefing {
  /** Newest first; undated last, by title. */
  articles: ArticleRecord[];
  articleById: Map<string, ArticleRecord>;
  /** By title. */
  topics: TopicRecord[];
  topicById: Map<string, TopicRecord>;
  byTopic: Map<string, ArticleRecord[]>;
  topicDigests: Map<string, TopicDigest>;
  entities: EntityIndex;
  /** Newest first. */
  stories: Story[];
  storyById: Map<string, Story>;
  related: Map<string, ArticleRecord[]>;
  timeline: Timeline;
  sources: Sources;
  series: MonthSeries;
  network: NetworkData;
}

export function buildBriefing(input: { articles: ArticleRecord[]; topics: TopicRecord[]; gazetteer: EntityEntry[] }): Briefing {
  const articles = [...input.articles].sort(byDateDesc);
  const topics = [...input.topics].sort((a, b) => a.data.title.localeCompare(b.data.title));
  const byTopic = new Map<string, ArticleRecord[]>(topics.map((t) => [t.id, []]));
  for (const article of articles) for (const topic of article.data.topics) byTopic.get(topic)?.push(article);
  const entities = indexEntities(articles, input.gazetteer);
  const stories = buildStories(articles, entities.byId);
  return {
    articles,
    articleById: new Map(articles.map((a) => [a.id, a])),
    topics,
    topicById: new Map(topics.map((t) => [t.id, t])),
    byTopic,
    topicDigests: digestTopics(topics, byTopic, entities.byId),
    entities,
    stories,
    storyById: new Map(stories.map((s) => [s.id, s])),
    related: relatedArticles(articles, entities.articles, entities.byId),
    timeline: buildTimeline(articles),
    sources: buildSources(articles),
    series: monthSeries(articles, topics),
    network: coMentionNetwork(entities),
  };
}

export function byDateDesc(a: ArticleRecord, b: ArticleRecord): number {
  return compareDatesDesc(a.data.date, b.data.date) || a.data.title.localeCompare(b.data.title) || a.id.localeCompare(b.id);
}
