// What feed readers, link previews and search engines read, checked against the rules of their specs:
// RSS 2.0 (with Dublin Core and Atom's self link), JSON Feed 1.1, the sitemap's <lastmod>, OpenGraph and X
// cards, schema.org JSON-LD, and the web manifest. Expected values come from the generated MDX and git.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString as toText } from 'hast-util-to-string';
import { parseMdx } from '../helpers/mdx-text.ts';
import { GENERATED_ARTICLES } from '../../src/paths.ts';
import { commitDates } from '../../src/lib/git-dates.ts';
import { htmlPages } from './site-links.ts';
import { DIST } from './dist.ts';

interface Front {
  slug: string;
  title: string;
  date: string | null;
  datePrecision: string | null;
  source: string | null;
  author: string | null;
  sourceFile: string;
  topics: string[];
}
const SITE = 'https://sitrep.example.org';
const articles = fs
  .readdirSync(GENERATED_ARTICLES)
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => parseMdx(fs.readFileSync(path.join(GENERATED_ARTICLES, f), 'utf8')).data as unknown as Front);
const bySlug = new Map(articles.map((a) => [a.slug, a]));
const read = (route: string) => fs.readFileSync(path.join(DIST, route), 'utf8');
const page = (route: string) => fromHtml(read(path.join(route, 'index.html')));
const meta = (tree: ReturnType<typeof page>, key: string) => select(`meta[property="${key}"], meta[name="${key}"]`, tree)?.properties.content as string | undefined;
const git = commitDates(process.cwd());
const topics = fs.readdirSync('content/topics').filter((f) => f.endsWith('.md')).map((f) => f.slice(0, -3));
const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['item', 'category', 'url', 'atom:link'].includes(name) });
const RFC822 = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d\d (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d\d:\d\d:\d\d (GMT|[+-]\d{4})$/;
const RFC3339 = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/;
const slugOf = (link: string) => link.replace(`${SITE}/articles/`, '').replace(/\/$/, '');

/** The width and height a PNG declares in its IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = fs.readFileSync(file);
  expect(bytes.subarray(1, 4).toString('ascii'), file).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}
const distFile = (address: string) => path.join(DIST, new URL(address).pathname);

describe('RSS 2.0', () => {
  for (const route of ['rss.xml', ...topics.map((t) => `topics/${t}/rss.xml`)]) {
    it(`${route}: well-formed, bylines in dc:creator, a self link, RFC 822 dates`, () => {
      const text = read(route);
      expect(XMLValidator.validate(text)).toBe(true);
      const { rss } = xml.parse(text);
      expect(rss['@version']).toBe('2.0');
      expect(rss['@xmlns:dc']).toBe('http://purl.org/dc/elements/1.1/');
      expect(rss['@xmlns:atom']).toBe('http://www.w3.org/2005/Atom');
      const channel = rss.channel;
      for (const key of ['title', 'link', 'description']) expect(channel[key], key).toBeTruthy();
      expect(channel['atom:link']).toEqual([{ '@href': `${SITE}/${route}`, '@rel': 'self', '@type': 'application/rss+xml' }]);
      for (const item of channel.item ?? []) {
        const a = bySlug.get(slugOf(item.link))!;
        expect(a, item.link).toBeDefined();
        // <author> must be an e-mail address in RSS 2.0; a byline is a name.
        expect(item.author).toBeUndefined();
        expect(item['dc:creator']).toBe(a.author ?? undefined);
        if (item.pubDate !== undefined) expect(item.pubDate).toMatch(RFC822);
        expect('pubDate' in item).toBe(a.datePrecision === 'day');
      }
    });
  }
});

describe('JSON Feed 1.1', () => {
  it('has the required members, unique ids and RFC 3339 dates on every item', () => {
    const feed = JSON.parse(read('feed.json'));
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(typeof feed.title).toBe('string');
    expect(feed.feed_url).toBe(`${SITE}/feed.json`);
    const ids = new Set<string>();
    for (const item of feed.items) {
      expect(typeof item.id).toBe('string');
      expect(ids.has(item.id)).toBe(false);
      ids.add(item.id);
      expect(typeof (item.content_text ?? item.content_html)).toBe('string');
      const a = bySlug.get(slugOf(item.url))!;
      // A day-dated article was published that day; any other entered the feed with its first commit.
      const expected = a.datePrecision === 'day' ? `${a.date}T00:00:00Z` : git.first.get(a.sourceFile);
      expect(item.date_published, a.slug).toBe(expected);
      expect(item.date_published).toMatch(RFC3339);
      expect(item.date_modified).toBe(git.last.get(a.sourceFile));
      if (a.author) expect(item.authors).toEqual([{ name: a.author }]);
      expect(item._sitrep.date).toBe(a.date);
    }
  });
});

describe('sitemap', () => {
  it('gives every article page the date its source file last changed', () => {
    const { urlset } = xml.parse(read('sitemap-0.xml'));
    const lastmod = new Map<string, string>(urlset.url.map((u: { loc: string; lastmod?: string }) => [u.loc, u.lastmod]));
    for (const a of articles) {
      const when = lastmod.get(`${SITE}/articles/${a.slug}/`);
      expect(when, a.slug).toBeDefined();
      expect(Date.parse(when!)).toBe(Date.parse(git.last.get(a.sourceFile)!));
    }
    // A topic page changed when its newest article did.
    for (const t of topics) {
      const newest = Math.max(...articles.filter((a) => a.topics.includes(t)).map((a) => Date.parse(git.last.get(a.sourceFile)!)));
      if (Number.isFinite(newest)) expect(Date.parse(lastmod.get(`${SITE}/topics/${t}/`)!), t).toBe(newest);
    }
  });
});

describe('link previews', () => {
  const routes = [
    ...articles.map((a) => `articles/${a.slug}`),
    ...topics.map((t) => `topics/${t}`),
    ...fs.readdirSync(path.join(DIST, 'entities')).filter((e) => fs.existsSync(path.join(DIST, 'entities', e, 'index.html'))).map((e) => `entities/${e}`),
  ];
  it(`give each of the ${routes.length} article, topic and entity pages a 1200 × 630 card`, () => {
    const cards = new Set<string>();
    for (const route of routes) {
      const tree = page(route);
      const image = meta(tree, 'og:image');
      expect(image, route).toBe(`${SITE}/cards/${route}.png`);
      expect(meta(tree, 'twitter:image')).toBe(image);
      expect(meta(tree, 'twitter:card')).toBe('summary_large_image');
      expect([meta(tree, 'og:image:width'), meta(tree, 'og:image:height')]).toEqual(['1200', '630']);
      expect(pngSize(distFile(image!))).toEqual({ width: 1200, height: 630 });
      cards.add(fs.readFileSync(distFile(image!)).toString('base64'));
    }
    // A card says which page it is: no two pages share one.
    expect(cards.size).toBe(routes.length);
  });

  it('declare a theme colour for each scheme and a manifest whose icons exist', () => {
    const tree = page('');
    const colours = selectAll('meta[name="theme-color"]', tree).map((m) => m.properties.media);
    expect(colours.sort()).toEqual(['(prefers-color-scheme: dark)', '(prefers-color-scheme: light)']);
    const manifest = JSON.parse(read('manifest.webmanifest'));
    expect(manifest.start_url).toBe('/');
    expect(manifest.icons.map((i: { sizes: string }) => i.sizes)).toEqual(['any', '192x192', '512x512']);
    for (const icon of manifest.icons) expect(fs.existsSync(path.join(DIST, icon.src)), icon.src).toBe(true);
    expect(pngSize(path.join(DIST, 'icons/icon-512.png'))).toEqual({ width: 512, height: 512 });
  });
});

describe('JSON-LD', () => {
  const ld = (route: string) => {
    const scripts = selectAll('script[type="application/ld+json"]', page(route));
    expect(scripts, route).toHaveLength(1);
    return JSON.parse(toText(scripts[0]!));
  };
  it('describes each article as a NewsArticle with its date at its real precision', () => {
    for (const a of articles) {
      const data = ld(`articles/${a.slug}`);
      expect(data['@context']).toBe('https://schema.org');
      expect(data['@type']).toBe('NewsArticle');
      // Google reads at most 110 characters of a headline.
      expect(data.headline.length).toBeLessThanOrEqual(110);
      expect(a.title.startsWith(data.headline.replace(/…$/, ''))).toBe(true);
      expect(data.datePublished).toBe(a.date ?? undefined);
      expect(data.author).toEqual(a.author ? [{ '@type': 'Person', name: a.author }] : undefined);
      expect(data.publisher).toEqual(a.source ? { '@type': 'Organization', name: a.source } : undefined);
      expect(fs.existsSync(distFile(data.image[0]))).toBe(true);
      expect(data.about.length).toBeGreaterThanOrEqual(a.topics.length);
    }
  });

  it('describes each topic page as a CollectionPage of its articles', () => {
    for (const t of topics) {
      const data = ld(`topics/${t}`);
      expect(data['@type']).toBe('CollectionPage');
      const count = articles.filter((a) => a.topics.includes(t)).length;
      expect(data.mainEntity.numberOfItems, t).toBe(count);
      for (const item of data.mainEntity.itemListElement) expect(bySlug.has(slugOf(item.url)), item.url).toBe(true);
    }
  });
});

describe('what is deployed and what readers read', () => {
  it('ships none of the Pagefind interfaces the pages do not use', () => {
    const files = fs.readdirSync(path.join(DIST, 'pagefind'));
    expect(files.filter((f) => /^pagefind-(ui|modular-ui|component-ui)\./.test(f))).toEqual([]);
    expect(files).toContain('pagefind.js');
  });

  it('says nothing addressed to editors on readers’ pages, and keeps the meta line out of search excerpts', () => {
    for (const p of htmlPages(DIST)) expect(read(p.endsWith('/') || p === '' ? `${p}index.html` : p), p).not.toMatch(/set by the editors/);
    for (const a of articles) {
      const line = select('.article-header .meta', page(`articles/${a.slug}`))!;
      expect(line.properties.dataPagefindIgnore, a.slug).toBeDefined();
    }
  });
});
