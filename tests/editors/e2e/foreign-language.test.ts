// A Russian article in a temporary copy of the project, built: its page declares its language, lists show a
// badge, and the English search box finds it by the English name of the system it names ("Su-35" for
// "Су-35"), with a Language filter to narrow to it. The article is written for this test.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../../helpers/browser.ts';
import { serve, type Served } from '../../helpers/serve.ts';
import { copyProject } from '../../helpers/project-copy.ts';

const SLUG = 'postavki-istrebitelei-su-35';
const ARTICLE = `---
slug: ${SLUG}
date: 2024-03-02
---
Россия передала Ирану первые истребители Су-35, сообщили в субботу два источника в министерстве обороны.

По их словам, самолёты приземлились на авиабазе под Хамаданом, а переговоры о поставке шли несколько лет.

Министр обороны Сергей Шойгу ранее обсуждал сделку в Тегеране.
`;
const SLOW = { timeout: 20_000 };

let root: string;
let build: SpawnSyncReturns<string>;
let browser: Browser;
let site: Served;

beforeAll(async () => {
  root = copyProject('sitrep-foreign-');
  fs.writeFileSync(path.join(root, 'content/articles/su-35-ru.md'), ARTICLE);
  build = spawnSync('npm', ['run', '--silent', 'build'], {
    cwd: root,
    env: { ...process.env, PATH: `${path.join(root, 'node_modules', '.bin')}${path.delimiter}${process.env.PATH}`, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
    timeout: 200_000,
  });
  site = await serve(path.join(root, 'dist'));
  browser = await launchBrowser();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
  if (root) fs.rmSync(root, { recursive: true, force: true });
});

async function open(route: string): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(`${site.url}${route}`);
  return page;
}

describe('an article in Russian', () => {
  it('builds', () => {
    expect(build.status, build.stderr).toBe(0);
  });

  it('declares its language on its title and body, and shows a badge', async () => {
    const page = await open(`/articles/${SLUG}/`);
    expect(await page.locator('h1').getAttribute('lang')).toBe('ru');
    expect(await page.locator('.body').getAttribute('lang')).toBe('ru');
    // The page's language is the article's (what Pagefind indexes it by); the site's own words stay English.
    expect(await page.locator('html').getAttribute('lang')).toBe('ru');
    expect(await page.locator('header.site-header').getAttribute('lang')).toBe('en');
    expect(await page.locator('.lang-badge').first().textContent()).toBe('Russian');
  });

  it('is found from the English search box by the English name of the system it names', async () => {
    const page = await open('/');
    const box = page.getByRole('combobox', { name: 'Search articles' });
    await box.fill('Su-35');
    await box.press('Enter');
    await page.waitForURL(/\/search\/\?q=Su-35$/);
    const links = () => page.locator('[data-search-results] .search-result-title a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    await expect.poll(links, SLOW).toContain(`/articles/${SLUG}/`);
    expect(await page.locator(`[data-search-results] a[href*="${SLUG}"]`).first().getAttribute('lang')).toBe('ru');
  });

  it('can be picked out with the Language filter', async () => {
    const page = await open('/search/?q=Su-35&language=Russian');
    const links = () => page.locator('[data-search-results] .search-result-title a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    await expect.poll(links, SLOW).toEqual([`/articles/${SLUG}/`]);
  });
});
