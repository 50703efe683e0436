// The bad-input corpus (tests/reliability/bad-input-cases.ts) all the way to the built page: ingest and
// `astro build` of a fixture site made of every case, in a temporary folder, bounded in time. Each case that
// should build has a page holding its text (dist HTML), and nothing of any input is lost; each case that
// should fail has no page; the pages are valid HTML and their links hold.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CASES, CONTROL, writeCases, type Case } from '../reliability/bad-input-cases.ts';
import { buildSite, type BuiltSite } from './support/build-site.ts';
import { inventedRemovals, lostText, pageText, readGenerated, type GeneratedArticle } from './checks/nothing-lost.ts';
import { squash } from './checks/source-text.ts';
import { invalidHtml } from './checks/html-valid.ts';
import { brokenLinks } from './checks/links.ts';
import { htmlPages } from './target.ts';

let work: string;
let site: BuiltSite;
let articles: GeneratedArticle[];

beforeAll(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'sitrep-bad-build-'));
  const input = path.join(work, 'input');
  fs.mkdirSync(input);
  writeCases(input, [...CASES, CONTROL]);
  site = buildSite([input], work, { timeoutMs: 600_000 });
  articles = readGenerated(site.generated);
}, 900_000);
afterAll(() => {
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

const articleOf = (file: string) => articles.find((a) => a.sourceFile.endsWith(`/${file}`));

describe('the bad-input corpus, built', () => {
  it('exits ingest with 1, as some cases are errors, and still builds the others', () => {
    expect(site.ingestExit).toBe(1);
    expect(articleOf(CONTROL.file)).toBeDefined();
    expect(pageText(site.dist, articleOf(CONTROL.file)!.slug)).toContain(CONTROL.keeps[0]);
  });

  it.each(CASES.map((c) => [c.name, c] as [string, Case]))('%s', (_name, c) => {
    const article = articleOf(c.file);
    if (!c.expect.page) {
      expect(article).toBeUndefined();
      return;
    }
    expect(article, `${c.file} has a page`).toBeDefined();
    const text = pageText(site.dist, article!.slug);
    for (const keep of c.expect.keeps) expect(text).toContain(squash(keep));
  });

  it('loses nothing of any input on its built page', () => {
    expect(lostText(articles, site.dist)).toEqual([]);
    expect(inventedRemovals(articles)).toEqual([]);
  }, 300_000);

  it('writes valid HTML for every page (the 5 MB page aside: validating 12 MB of HTML takes a minute)', async () => {
    const heavy = new Set(CASES.filter((c) => c.heavy).map((c) => `articles/${articleOf(c.file)?.slug}/index.html`));
    expect(await invalidHtml(site.dist, htmlPages(site.dist).filter((p) => !heavy.has(p)))).toEqual([]);
  }, 300_000);

  it('has no broken internal link or anchor', async () => {
    expect(await brokenLinks(site.dist, htmlPages(site.dist))).toEqual([]);
  }, 300_000);
});
