// Drives Chromium on the built site: typing "Shahed" into the header search box lists the articles that
// mention it, and only those.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../helpers/browser.ts';
import { serve, type Served } from '../helpers/serve.ts';
import { parseMdx } from '../helpers/mdx-text.ts';
import { GENERATED_ARTICLES } from '../../src/paths.ts';

let browser: Browser;
let site: Served;

beforeAll(async () => {
  site = await serve('dist');
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('search in the browser', () => {
  it('finds the articles that mention "Shahed" from the search box of the home page', async () => {
    const expected = fs
      .readdirSync(GENERATED_ARTICLES)
      .map((f) => parseMdx(fs.readFileSync(path.join(GENERATED_ARTICLES, f), 'utf8')))
      .filter((a) => /shahed/i.test(a.text))
      .map((a) => `/articles/${(a.data as { slug: string }).slug}/`)
      .sort();
    expect(expected.length).toBeGreaterThan(0);

    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${site.url}/`);
    await page.getByRole('searchbox', { name: 'Search articles' }).fill('Shahed');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=Shahed/);
    await page.getByRole('status').filter({ hasText: /result/ }).waitFor();
    // Topic and entity pages are indexed too; this test is about the articles among the results.
    const hrefs = await page.locator('#search-results a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname).filter((p) => p.startsWith('/articles/')));
    expect(hrefs.sort()).toEqual(expected);
    expect(await page.locator('#search-results mark').first().textContent()).toMatch(/shahed/i);
    expect(errors).toEqual([]);
    await page.close();
  });
});
