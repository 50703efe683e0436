// Search across languages, on a site built from tests/fixtures/languages/stories (one Su-35 delivery reported
// in English, Russian, Indonesian, Arabic and Persian, and two other events): Pagefind indexes each article in
// its own language (one index per language, from the page's <html lang>), and the English search page finds
// the reports in other scripts by the English name of the system they name, and filters them by language.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../helpers/browser.ts';
import { serve, type Served } from '../helpers/serve.ts';
import { buildSite, type BuiltSite } from '../quality/support/build-site.ts';

const SLOW = { timeout: 15_000 };
let work: string;
let built: BuiltSite;
let site: Served;
let browser: Browser;
/** Article page URL by language, read from the generated front-matter. */
const byLang = new Map<string, string[]>();

beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'sitrep-languages-'));
  built = buildSite(['tests/fixtures/languages/stories'], work);
  for (const file of fs.readdirSync(built.generated).filter((f) => f.endsWith('.mdx')).sort()) {
    const text = fs.readFileSync(path.join(built.generated, file), 'utf8');
    const lang = /^lang: "([^"]+)"/m.exec(text)![1]!;
    const slug = /^slug: "([^"]+)"/m.exec(text)![1]!;
    byLang.set(lang, [...(byLang.get(lang) ?? []), `/articles/${slug}/`]);
  }
  site = await serve(built.dist);
  browser = await launchBrowser();
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await site?.close();
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

async function results(page: Page): Promise<string[]> {
  const links = await page.locator('[data-search-results] .search-result-title a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  return links.filter((p) => p.startsWith('/articles/')).sort();
}

describe('search across languages', () => {
  it('indexes each language separately, with its own stemming where Pagefind has one', () => {
    const entry = JSON.parse(fs.readFileSync(path.join(built.dist, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number; wasm: string | null }> };
    expect(Object.keys(entry.languages).sort()).toEqual(['ar', 'en', 'fa', 'id', 'ru']);
    expect(entry.languages.ru).toMatchObject({ page_count: 2, wasm: 'ru' });
    expect(entry.languages.ar).toMatchObject({ page_count: 1, wasm: 'ar' });
  });

  it('declares the article language on <html>, and English on the site\'s own words', () => {
    const html = fs.readFileSync(path.join(built.dist, byLang.get('fa')![0]!, 'index.html'), 'utf8');
    expect(html).toMatch(/<html lang="fa" dir="rtl">/);
    expect(html).toMatch(/<header class="site-header"[^>]* lang="en" dir="ltr"/);
    expect(html).toMatch(/<div class="article-layout"[^>]* lang="en" dir="ltr"/);
    expect(fs.readFileSync(path.join(built.dist, 'index.html'), 'utf8')).toMatch(/<html lang="en">/);
  });

  it('finds the Russian, Persian, Arabic and Indonesian reports when an English reader searches "Su-35"', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${site.url}/search/?q=Su-35`);
    const expected = ['en', 'ru', 'id', 'ar', 'fa'].map((l) => byLang.get(l)!.find((u) => /su-35/.test(u))!).sort();
    await expect.poll(() => results(page), SLOW).toEqual(expected);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('narrows the results to one language with the language filter', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}/search/?q=Su-35&language=Russian`);
    await expect.poll(() => results(page), SLOW).toEqual(byLang.get('ru')!.filter((u) => /su-35/.test(u)));
    await page.close();
  });
});
