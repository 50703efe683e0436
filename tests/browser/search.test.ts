// Drives Chromium on the built site: the header box and the search page find the right articles, every filter
// narrows to the articles that carry its value, a shared URL restores the whole search, it all works from the
// keyboard, and the page a result opens highlights the hit. Expected results come from the generated MDX.
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../helpers/browser.ts';
import { serve, type Served } from '../helpers/serve.ts';
import { articleFacts, narrowingValue, type ArticleFacts } from '../helpers/article-facts.ts';

let browser: Browser;
/** First results wait for the index to load. */
const SLOW = { timeout: 15_000 };
let site: Served;
const articles = articleFacts();
const WORD = 'Shahed';
const mentions = (word: string) => articles.filter((a) => new RegExp(`\\b${word}`, 'i').test(a.text));

beforeAll(async () => {
  site = await serve('dist');
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

async function open(path: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${site.url}${path}`);
  return { page, errors };
}

/** Article links among the results, in the order shown. */
function resultUrls(page: Page): Promise<string[]> {
  return page.locator('[data-search-results] .search-result-title a').evaluateAll((links) =>
    links.map((a) => new URL((a as HTMLAnchorElement).href).pathname).filter((p) => p.startsWith('/articles/')),
  );
}

const urls = (list: ArticleFacts[]) => list.map((a) => a.url).sort();
const sorted = async (page: Page) => (await resultUrls(page)).sort();

describe('the search page', () => {
  it(`finds the articles that mention "${WORD}" from the header box`, async () => {
    const expected = urls(mentions(WORD));
    expect(expected.length).toBeGreaterThan(0);
    const { page, errors } = await open('/');
    const box = page.getByRole('combobox', { name: 'Search articles' });
    await box.fill(WORD);
    await expect.poll(() => page.getByRole('option').count(), SLOW).toBeGreaterThan(0);
    await box.press('Enter');
    await page.waitForURL(new RegExp(`/search/\\?q=${WORD}$`));
    await expect.poll(() => sorted(page), SLOW).toEqual(expected);
    const shown = await page.locator('[data-search-results] > li').count();
    expect(await page.getByRole('status').filter({ hasText: /results? for/ }).textContent()).toContain(`${shown} result`);
    expect(await page.locator('[data-search-results] mark').first().textContent()).toMatch(new RegExp(WORD, 'i'));
    expect(errors).toEqual([]);
    await page.close();
  });

  const facets: [string, string, (a: ArticleFacts) => string[]][] = [
    ['topic', 'Topic', (a) => a.topics],
    ['entity', 'Mentions', (a) => a.entities],
    ['speaker', 'Quoted', (a) => a.speakers],
    ['outlet', 'Outlet', (a) => (a.outlet ? [a.outlet] : [])],
    ['year', 'Year', (a) => (a.date ? [a.date.slice(0, 4)] : [])],
  ];
  it.each(facets)('narrows to the articles with a %s, with no query, and counts them', async (key, label, valuesOf) => {
    const value = narrowingValue(articles, valuesOf);
    const expected = urls(articles.filter((a) => valuesOf(a).includes(value)));
    const { page, errors } = await open(`/search/?${new URLSearchParams({ [key]: value })}`);
    await expect.poll(() => sorted(page), SLOW).toEqual(expected);
    const box = page.getByRole('group', { name: label }).getByRole('checkbox', { name: new RegExp(`^${escape(value)} \\(`) });
    expect(await box.isChecked()).toBe(true);
    // Its count is every result it gives (topic and entity pages carry their own value too).
    expect(await box.locator('..').textContent()).toContain(`(${await page.locator('[data-search-results] > li').count()})`);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('narrows a query by ticking a filter, and puts the filter in the URL', async () => {
    const hits = mentions(WORD);
    const year = narrowingValue(hits, (a) => (a.date ? [a.date.slice(0, 4)] : []));
    const { page } = await open(`/search/?q=${WORD}`);
    await expect.poll(() => sorted(page), SLOW).toEqual(urls(hits));
    await page.getByRole('group', { name: 'Year' }).getByRole('checkbox', { name: new RegExp(`^${year} `) }).check();
    await page.waitForURL(new RegExp(`[?&]year=${year}`));
    await expect.poll(() => sorted(page), SLOW).toEqual(urls(hits.filter((a) => a.date?.startsWith(year))));
    await page.goBack();
    await expect.poll(() => sorted(page), SLOW).toEqual(urls(hits));
    await page.close();
  });

  it('restores query, filters and sort from a shared URL, oldest first', async () => {
    const topic = narrowingValue(articles, (a) => a.topics);
    const expected = articles.filter((a) => a.topics.includes(topic) && a.date);
    const { page } = await open(`/search/?${new URLSearchParams({ topic, sort: 'oldest' })}`);
    await expect.poll(() => resultUrls(page).then((u) => u.filter((x) => expected.some((a) => a.url === x))), SLOW).toEqual(
      [...expected].sort((a, b) => a.date!.localeCompare(b.date!) || 0).map((a) => a.url),
    );
    expect(await page.getByLabel('Sort by').inputValue()).toBe('oldest');
    expect(await page.getByRole('group', { name: 'Topic' }).getByRole('checkbox', { checked: true }).count()).toBe(1);

    const shared = `/search/?${new URLSearchParams({ q: WORD, topic })}`;
    const again = await open(shared);
    expect(await again.page.getByLabel(/Search articles, people/).inputValue()).toBe(WORD);
    await expect.poll(() => sorted(again.page), SLOW).toEqual(urls(mentions(WORD).filter((a) => a.topics.includes(topic))));
    await page.close();
    await again.page.close();
  });

  it('lists, newest first, what a filter finds when there is no query', async () => {
    const { page } = await open('/search/?type=Article');
    await expect.poll(() => sorted(page), SLOW).toEqual(urls(articles));
    const shown = await resultUrls(page);
    const dates = shown.map((u) => articles.find((a) => a.url === u)!.date ?? '0000');
    expect(dates).toEqual([...dates].sort().reverse());
    await page.close();
  });
});

describe('search from the keyboard', () => {
  it('opens on "/", lists results as you type, arrows choose, Enter opens, and the hit is highlighted', async () => {
    const { page, errors } = await open('/topics/');
    await page.keyboard.press('/');
    const box = page.getByRole('combobox', { name: 'Search articles' });
    expect(await box.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type(WORD);
    await expect.poll(() => box.getAttribute('aria-expanded'), SLOW).toBe('true');
    await expect.poll(() => page.locator('[data-search-box-status]').textContent(), SLOW).toMatch(/\d+ results?\. Use the up and down arrows/);
    await page.keyboard.press('ArrowDown');
    const first = page.getByRole('option').first();
    expect(await first.getAttribute('aria-selected')).toBe('true');
    expect(await box.getAttribute('aria-activedescendant')).toBe(await first.getAttribute('id'));
    // Entity and topic pages may come first; walk down to the first article.
    const active = () => page.locator('[role=option][aria-selected=true]').getAttribute('href');
    for (let i = 0; i < 10 && !(await active())?.startsWith('/articles/'); i++) await page.keyboard.press('ArrowDown');
    const href = new URL((await active())!, site.url);
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => u.pathname === href.pathname);
    expect(mentions(WORD).map((a) => a.url)).toContain(href.pathname);
    await expect.poll(() => page.locator('mark.search-hit').count(), SLOW).toBeGreaterThan(0);
    expect(await page.locator('mark.search-hit').first().textContent()).toMatch(new RegExp(WORD, 'i'));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens on Ctrl-K; Escape closes the list, then clears the field', async () => {
    const { page } = await open('/');
    await page.keyboard.press('Control+k');
    const box = page.getByRole('combobox', { name: 'Search articles' });
    expect(await box.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type(WORD);
    await expect.poll(() => box.getAttribute('aria-expanded'), SLOW).toBe('true');
    await page.keyboard.press('Escape');
    expect(await box.getAttribute('aria-expanded')).toBe('false');
    expect(await box.inputValue()).toBe(WORD);
    await page.keyboard.press('Escape');
    expect(await box.inputValue()).toBe('');
    await page.close();
  });

  it('lets a keyboard user tick a filter and reach a paragraph of a result that jumps to the hit', async () => {
    const { page } = await open(`/search/?q=${WORD}`);
    await expect.poll(() => sorted(page), SLOW).toEqual(urls(mentions(WORD)));
    await page.getByRole('group', { name: 'Type' }).getByRole('checkbox', { name: /^Article / }).focus();
    await page.keyboard.press('Space');
    await page.waitForURL(/[?&]type=Article/);
    await page.getByRole('status').filter({ hasText: 'filtered by' }).waitFor(SLOW);
    // Focus stays on the ticked box though the filters were redrawn.
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.checked)).toBe(true);
    await page.getByLabel(/Search articles, people/).focus();
    let focused = '';
    for (let i = 0; i < 40 && !focused.includes('#p'); i++) {
      await page.keyboard.press('ArrowDown');
      focused = await page.evaluate(() => document.activeElement?.getAttribute('href') ?? '');
    }
    expect(focused).toMatch(/#p\d+$/);
    await page.keyboard.press('Enter');
    await page.waitForURL(/#p\d+$/);
    const target = page.locator('p:target');
    expect(await target.count()).toBe(1);
    await expect.poll(() => target.locator('mark.search-hit').count(), SLOW).toBeGreaterThan(0);
    await page.close();
  });
});

describe('accessibility', () => {
  it('passes axe on the search page with results shown and the header list open on a chosen option', async () => {
    const { page } = await open(`/search/?q=${WORD}`);
    await expect.poll(() => sorted(page), SLOW).toEqual(urls(mentions(WORD)));
    await page.getByRole('combobox', { name: 'Search articles' }).fill(WORD);
    await expect.poll(() => page.getByRole('option').count(), SLOW).toBeGreaterThan(0);
    await page.keyboard.press('ArrowDown');
    // Evaluated through the DevTools protocol: an inline <script> would be refused by the site's CSP.
    await page.evaluate((createRequire(import.meta.url)('axe-core') as { source: string }).source);
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(c: Document, o: object): Promise<{ violations: { id: string; nodes: { html: string }[] }[] }> } }).axe;
      const result = await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] });
      return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`);
    });
    expect(violations).toEqual([]);
    await page.close();
  });
});

describe('the search box costs nothing until used', () => {
  it('fetches no Pagefind file before the box gets focus, then loads the index', async () => {
    const page = await browser.newPage();
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    await page.goto(`${site.url}/`);
    await page.waitForLoadState('networkidle');
    expect(fetched.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
    await page.getByRole('combobox', { name: 'Search articles' }).focus();
    await expect.poll(() => fetched.some((p) => p.startsWith('/pagefind/pagefind-entry.json')), SLOW).toBe(true);
    await page.close();
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
