// Feed items from articles, for RSS and JSON Feed. A feed date must be a full date, so only articles dated to
// the day carry one; others keep their honest partial date in the JSON Feed's `_sitrep` extension.
import type { RSSFeedItem, RSSOptions } from '@astrojs/rss';
import type { ArticleRecord, TopicRecord } from './briefing/types.ts';
import { url } from './urls.ts';
import { siteIdentity } from './site-identity.ts';
import { firstCommitted, lastUpdated } from './git-dates.ts';
import { escapeXml } from './escape-xml.ts';

/** Feeds carry the latest articles only; the site holds them all. */
export const FEED_SIZE = 50;


/**
 * An RSS 2.0 feed: `<author>` must be an e-mail address, so the byline goes in Dublin Core's `dc:creator`, and
 * the feed names its own address in `atom:link rel="self"` as the RSS Advisory Board recommends.
 */
export function rssFeed(
  feed: { title: string; description: string; site: URL; self: string },
  articles: ArticleRecord[],
  topicById: Map<string, TopicRecord>,
): RSSOptions {
  const self = new URL(feed.self, feed.site).href;
  return {
    title: feed.title,
    description: feed.description,
    site: feed.site,
    xmlns: { atom: 'http://www.w3.org/2005/Atom', dc: 'http://purl.org/dc/elements/1.1/' },
    customData: `<language>en</language><atom:link href="${escapeXml(self)}" rel="self" type="application/rss+xml"/>`,
    items: rssItems(articles, topicById),
  };
}

export function rssItems(articles: ArticleRecord[], topicById: Map<string, TopicRecord>): RSSFeedItem[] {
  return articles.slice(0, FEED_SIZE).map(({ data }) => ({
    title: data.title,
    link: url.article(data.slug),
    ...(data.datePrecision === 'day' && data.date ? { pubDate: new Date(`${data.date}T00:00:00Z`) } : {}),
    description: data.summary || undefined,
    categories: data.topics.map((t) => topicById.get(t)?.data.title ?? t),
    ...(data.author ? { customData: `<dc:creator>${escapeXml(data.author)}</dc:creator>` } : {}),
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

/**
 * JSON Feed dates are full date-times. An article dated to the day was published then; one known only to the
 * month or year, or not at all, was published in this feed when its file was first committed, which is what
 * date_published then says (its own partial date stays in `_sitrep`). date_modified is the file's last commit.
 */
function published(data: ArticleRecord['data']): { date_published?: string; date_modified?: string } {
  const first = data.datePrecision === 'day' && data.date ? `${data.date}T00:00:00Z` : firstCommitted(data.sourceFile);
  const last = lastUpdated(data.sourceFile);
  return { ...(first ? { date_published: first } : {}), ...(last ? { date_modified: last } : {}) };
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
      ...published(data),
      ...(data.author ? { authors: [{ name: data.author }] } : {}),
      tags: data.topics.map((t) => topicById.get(t)?.data.title ?? t),
      _sitrep: { date: data.date, datePrecision: data.datePrecision, source: data.source, story: data.story },
    })),
  };
}
