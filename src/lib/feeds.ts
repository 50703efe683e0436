// Feed items from articles, for RSS and JSON Feed. A feed date must be a full date, so only articles dated to
// the day carry one; others keep their honest partial date in the JSON Feed's `_sitrep` extension.
import type { RSSFeedItem } from '@astrojs/rss';
import type { ArticleRecord, TopicRecord } from './briefing/types.ts';
import { url } from './urls.ts';
import { siteIdentity } from './site-identity.ts';

/** Feeds carry the latest articles only; the site holds them all. */
export const FEED_SIZE = 50;

export function rssItems(articles: ArticleRecord[], topicById: Map<string, TopicRecord>): RSSFeedItem[] {
  return articles.slice(0, FEED_SIZE).map(({ data }) => ({
    title: data.title,
    link: url.article(data.slug),
    ...(data.datePrecision === 'day' && data.date ? { pubDate: new Date(`${data.date}T00:00:00Z`) } : {}),
    description: data.summary || undefined,
    categories: data.topics.map((t) => topicById.get(t)?.data.title ?? t),
    ...(data.author ? { author: data.author } : {}),
  }));
}

export interface JsonFeed {
  version: string;
  title: string;
  home_page_url: string;
  feed_url: string;
  description: string;
  language: string;
  items: Array<Record<string, unknown>>;
}

export function jsonFeed(articles: ArticleRecord[], topicById: Map<string, TopicRecord>, site: URL): JsonFeed {
  const absolute = (path: string) => new URL(path, site).href;
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: `${siteIdentity().name}: ${siteIdentity().subject}`,
    home_page_url: absolute(url.home()),
    feed_url: absolute(url.jsonFeed()),
    description: siteIdentity().description,
    language: 'en',
    items: articles.slice(0, FEED_SIZE).map(({ data }) => ({
      id: absolute(url.article(data.slug)),
      url: absolute(url.article(data.slug)),
      title: data.title,
      ...(data.summary ? { summary: data.summary, content_text: data.summary } : { content_text: data.title }),
      ...(data.datePrecision === 'day' && data.date ? { date_published: `${data.date}T00:00:00Z` } : {}),
      ...(data.author ? { authors: [{ name: data.author }] } : {}),
      tags: data.topics.map((t) => topicById.get(t)?.data.title ?? t),
      _sitrep: { date: data.date, datePrecision: data.datePrecision, source: data.source, story: data.story },
    })),
  };
}
