// The briefing index: every article and topic loaded once and cross-referenced, so that no page re-scans the
// content (Quartz's lesson). Pages import what they need from here.
import { getCollection, type CollectionEntry } from 'astro:content';

export type Article = CollectionEntry<'articles'>;
export type TopicEntry = CollectionEntry<'topics'>;

export interface Briefing {
  /** Newest first; undated articles last, by title. */
  articles: Article[];
  topics: TopicEntry[];
  byTopic: Map<string, Article[]>;
}

let cached: Promise<Briefing> | null = null;

export function getBriefing(): Promise<Briefing> {
  cached ??= build();
  return cached;
}

async function build(): Promise<Briefing> {
  const articles = (await getCollection('articles')).sort(byDateDesc);
  const topics = (await getCollection('topics')).sort((a, b) => a.data.title.localeCompare(b.data.title));
  const byTopic = new Map<string, Article[]>(topics.map((t) => [t.id, []]));
  for (const article of articles) for (const topic of article.data.topics) byTopic.get(topic)?.push(article);
  return { articles, topics, byTopic };
}

export function byDateDesc(a: Article, b: Article): number {
  const da = a.data.date ?? '';
  const db = b.data.date ?? '';
  if (da !== db) return db.localeCompare(da);
  return a.data.title.localeCompare(b.data.title);
}
