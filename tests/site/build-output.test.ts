// The built site (made once by tests/setup/build-site.ts) holds a page for every article and topic, a timeline
// of every article, a search box on every page, and Pagefind's index.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { selectAll, select } from 'hast-util-select';
import { toString as toText } from 'hast-util-to-string';
import { parseMdx } from '../helpers/mdx-text.ts';
import { GENERATED_ARTICLES } from '../../src/paths.ts';

import { DIST } from './dist.ts';
const page = (route: string) => {
  const file = path.join(DIST, route, 'index.html');
  expect(fs.existsSync(file), `${file} exists`).toBe(true);
  return fromHtml(fs.readFileSync(file, 'utf8'));
};
const articles = fs
  .readdirSync(GENERATED_ARTICLES)
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => parseMdx(fs.readFileSync(path.join(GENERATED_ARTICLES, f), 'utf8')).data as { slug: string; title: string; topics: string[] });

describe('the built site', () => {
  it('has a timeline listing every article', () => {
    const links = selectAll('main .article-list a', page('timeline')).map((a) => String(a.properties.href));
    for (const a of articles) expect(links).toContain(`/articles/${a.slug}/`);
    expect(links).toHaveLength(articles.length);
  });

  it('has a page for every article, titled and indexed for search', () => {
    expect(articles.length).toBeGreaterThanOrEqual(5);
    for (const a of articles) {
      const tree = page(`articles/${a.slug}`);
      expect(toText(select('h1', tree)!)).toBe(a.title);
      expect(select('[data-pagefind-body]', tree)).not.toBeNull();
    }
  });

  it.each(['drones', 's-400', 'su-35', 'syria'])('has a topic page for %s listing exactly its articles', (topic) => {
    const links = new Set(selectAll('main section[aria-labelledby=all-heading] .article-list a', page(`topics/${topic}`)).map((a) => String(a.properties.href)));
    const expected = new Set(articles.filter((a) => a.topics.includes(topic)).map((a) => `/articles/${a.slug}/`));
    expect(links).toEqual(expected);
  });

  it('puts a search box on every page', () => {
    const pages = ['', 'topics', 'search', ...articles.map((a) => `articles/${a.slug}`)];
    for (const route of pages) expect(select('form[role=search] input[name=q]', page(route)), route).not.toBeNull();
  });

  it('writes the Pagefind index with one entry per indexed page', () => {
    const entry = JSON.parse(fs.readFileSync(path.join(DIST, 'pagefind', 'pagefind-entry.json'), 'utf8'));
    expect(fs.existsSync(path.join(DIST, 'pagefind', 'pagefind.js'))).toBe(true);
    expect(entry.languages.en.page_count).toBeGreaterThanOrEqual(articles.length);
  });
});
