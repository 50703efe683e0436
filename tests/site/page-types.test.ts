// Every page type exists for every item of the corpus (built once by the global setup): an entity page for
// every person, organization, place and system an article names, a story page per story, a feed per topic;
// and every page carries its canonical URL and sharing cards.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString as toText } from 'hast-util-to-string';
import { parseMdx } from '../helpers/mdx-text.ts';
import { GENERATED_ARTICLES } from '../../src/paths.ts';
import { htmlPages } from './site-links.ts';
import { FEED_SIZE } from '../../src/lib/feeds.ts';
import { SIDE_BY_SIDE } from '../../src/lib/briefing/stories.ts';

import { DIST } from './dist.ts';
interface Front {
  slug: string;
  title: string;
  date: string | null;
  dateEvidence: string | null;
  topics: string[];
  story: string;
  source: string | null;
  entities: Array<{ id: string; name: string }>;
}
const articles = fs
  .readdirSync(GENERATED_ARTICLES)
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => parseMdx(fs.readFileSync(path.join(GENERATED_ARTICLES, f), 'utf8')).data as unknown as Front);
const read = (route: string) => fs.readFileSync(path.join(DIST, route), 'utf8');
const page = (route: string) => fromHtml(read(path.join(route, 'index.html')));
const topics = fs.readdirSync('content/topics').filter((f) => f.endsWith('.md')).map((f) => f.slice(0, -3));

describe('page types', () => {
  it('has an entity page for every entity any article names, titled with its name', () => {
    const ids = new Set(articles.flatMap((a) => a.entities.map((e) => e.id)));
    expect(ids.size).toBeGreaterThan(0);
    for (const id of ids) expect(toText(select('h1', page(`entities/${id}`))!), id).not.toBe('');
    const listed = new Set(selectAll('main a[href^="/entities/"]', page('entities')).map((a) => String(a.properties.href)));
    for (const id of ids) expect(listed, id).toContain(`/entities/${id}/`);
  });

  it('has a story page for every story, listing exactly its articles, a bounded few side by side', () => {
    const stories = new Map<string, string[]>();
    for (const a of articles) stories.set(a.story, [...(stories.get(a.story) ?? []), `/articles/${a.slug}/`]);
    for (const [story, slugs] of stories) {
      const tree = page(`stories/${story}`);
      const links = selectAll('.story-column h3 a, section[aria-labelledby=more-heading] .article-list a', tree).map((a) => String(a.properties.href));
      expect(links.length, story).toBe(slugs.length);
      expect(new Set(links), story).toEqual(new Set(slugs));
      expect(selectAll('.story-column', tree).length, story).toBeLessThanOrEqual(SIDE_BY_SIDE);
    }
  });

  it('has the indexes, timeline, sources and 404 pages', () => {
    for (const route of ['', 'topics', 'entities', 'stories', 'timeline', 'sources']) expect(select('main h1', page(route)), route).not.toBeNull();
    expect(toText(select('h1', fromHtml(read('404.html')))!)).toBe('Page not found');
  });

  it('shows each article date as precisely as known, with its evidence', () => {
    for (const a of articles) {
      const meta = toText(select('.article-header .meta', page(`articles/${a.slug}`))!);
      if (a.date === null) expect(meta, a.slug).toContain('date unknown');
      else {
        expect(select(`.article-header time[datetime="${a.date}"]`, page(`articles/${a.slug}`)), a.slug).not.toBeNull();
        // The pipeline's evidence for a date an editor set is "front-matter"; the page credits the editors.
        if (a.dateEvidence) expect(meta, a.slug).toContain(a.dateEvidence === 'front-matter' ? 'set by the editors' : a.dateEvidence);
      }
    }
  });

  it('anchors every block of an article body and links the original file', () => {
    for (const a of articles) {
      const tree = page(`articles/${a.slug}`);
      const ids = selectAll('.body > [id]', tree).map((e) => String(e.properties.id));
      expect(ids.length, a.slug).toBeGreaterThan(0);
      expect(ids).toEqual(ids.map((_, i) => `p${i + 1}`));
      expect(select(`a[href="/articles/${a.slug}/original.txt"]`, tree), a.slug).not.toBeNull();
      expect(fs.existsSync(path.join(DIST, 'articles', a.slug, 'original.txt'))).toBe(true);
    }
  });

  it('gives every page a canonical URL, a description and OpenGraph and Twitter cards', () => {
    for (const route of htmlPages(DIST).filter((p) => p.endsWith('/') || p === '')) {
      const tree = page(route);
      expect(select('link[rel=canonical]', tree)?.properties.href, route).toBe(`https://sitrep.example.org/${route}`);
      for (const selector of ['meta[name=description]', 'meta[property="og:title"]', 'meta[property="og:url"]', 'meta[name="twitter:card"]']) {
        expect(select(selector, tree), `${route} ${selector}`).not.toBeNull();
      }
    }
  });
});

describe('feeds and sitemap', () => {
  const itemLinks = (xml: string) => [...xml.matchAll(/<item>[\s\S]*?<link>([^<]+)<\/link>/g)].map((m) => m[1]!.replace('https://sitrep.example.org/articles/', '').replace(/\/$/, ''));

  it('writes an RSS feed for the site and for each topic, with the latest articles of each', () => {
    const all = itemLinks(read('rss.xml'));
    expect(all).toHaveLength(Math.min(articles.length, FEED_SIZE));
    for (const slug of all) expect(articles.some((a) => a.slug === slug), slug).toBe(true);
    for (const t of topics) {
      const items = itemLinks(read(`topics/${t}/rss.xml`));
      const ofTopic = articles.filter((a) => a.topics.includes(t));
      expect(items, t).toHaveLength(Math.min(ofTopic.length, FEED_SIZE));
      for (const slug of items) expect(ofTopic.some((a) => a.slug === slug), `${t} ${slug}`).toBe(true);
    }
  });

  it('writes a JSON Feed whose items keep their honest partial dates', () => {
    const feed = JSON.parse(read('feed.json'));
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.items).toHaveLength(Math.min(articles.length, FEED_SIZE));
    for (const item of feed.items) {
      const a = articles.find((x) => item.url === `https://sitrep.example.org/articles/${x.slug}/`)!;
      expect(item._sitrep.date).toBe(a.date);
      if (a.date !== null && a.date.length === 10) expect(item.date_published).toBe(`${a.date}T00:00:00Z`);
    }
  });

  it('lists every page but the ones marked noindex (404, offline fallback) in the sitemap', () => {
    const urls = [...read('sitemap-0.xml').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    const noindex = (p: string) => /<meta name="robots" content="noindex"/.test(read(p === '' || p.endsWith('/') ? `${p}index.html` : p));
    expect(htmlPages(DIST).filter(noindex).sort()).toEqual(['404.html', 'offline/']);
    const expected = htmlPages(DIST).filter((p) => !noindex(p)).map((p) => `https://sitrep.example.org/${p}`);
    expect(new Set(urls)).toEqual(new Set(expected));
  });
});
