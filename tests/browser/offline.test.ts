// The service worker in Chromium: after one visit in which the reader searched, with the network gone (the
// browser offline and the host down), pages read and search over the whole index still work; and after a new
// deploy, the next online visit shows the new page, not the saved one, and offline copies follow it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../helpers/browser.ts';
import { deployServer, type DeployServer } from '../helpers/deploy-server.ts';
import { articleFacts, narrowingValue } from '../helpers/article-facts.ts';
import { writeServiceWorker } from '../../src/integrations/service-worker.ts';

const SLOW = { timeout: 20_000 };
const articles = articleFacts();
const read = articles[0]!;
const unread = articles[articles.length - 1]!;
const ONLINE_WORD = 'Shahed';
// Offline, search for something never searched online: words of the title of an article never opened.
const offlineTopic = narrowingValue(articles, (a) => a.topics);

let tmp: string;
let server: DeployServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sitrep-offline-'));
  fs.cpSync('dist', path.join(tmp, 'v1'), { recursive: true });
  server = await deployServer(path.join(tmp, 'v1'));
  browser = await launchBrowser();
  context = await browser.newContext();
  page = await context.newPage();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

async function goOffline(offline: boolean): Promise<void> {
  server.setDown(offline);
  await context.setOffline(offline);
}

const heading = () => page.locator('h1').first().textContent();
const resultUrls = () =>
  page.locator('[data-search-results] .search-result-title a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));

describe('offline', () => {
  it('after one visit, keeps the pages read and search over the whole index working with the network gone', async () => {
    expect(read.url).not.toBe(unread.url);
    await page.goto(`${server.url}${read.url}`);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, SLOW);
    await page.goto(`${server.url}/search/?q=${ONLINE_WORD}`);
    await page.getByText('Search is saved on this device').waitFor(SLOW);

    await goOffline(true);
    await page.goto(`${server.url}${read.url}`);
    expect(await heading()).toBe(read.title);
    await page.goto(`${server.url}/`);
    expect(await page.locator('main').textContent()).toContain(read.title);

    await page.goto(`${server.url}/search/?${new URLSearchParams({ topic: offlineTopic })}`);
    const expected = articles.filter((a) => a.topics.includes(offlineTopic)).map((a) => a.url).sort();
    await expect.poll(async () => (await resultUrls()).filter((u) => u.startsWith('/articles/')).sort(), SLOW).toEqual(expected);

    await page.goto(`${server.url}/search/?q=${ONLINE_WORD}&sort=oldest`);
    await expect.poll(async () => (await resultUrls()).length, SLOW).toBeGreaterThan(0);

    await page.goto(`${server.url}${unread.url}`);
    expect(await heading()).toBe('You are offline');
    await goOffline(false);
  });

  it('after a new deploy, shows the new page online, then keeps the new one offline', async () => {
    const v2 = path.join(tmp, 'v2');
    fs.cpSync(path.join(tmp, 'v1'), v2, { recursive: true });
    const file = path.join(v2, read.url, 'index.html');
    const newTitle = `${read.title} (corrected)`;
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(`>${escapeHtml(read.title)}</h1>`, `>${escapeHtml(newTitle)}</h1>`));
    const { version } = writeServiceWorker(v2, '/');
    const oldCaches = await page.evaluate(() => caches.keys());
    expect(oldCaches).not.toContain(`sitrep-${version}`);
    server.deploy(v2);

    await page.goto(`${server.url}${read.url}`);
    expect(await heading()).toBe(newTitle);
    // The new worker takes over and drops the old caches.
    await expect.poll(() => page.evaluate(() => caches.keys()), SLOW).toEqual([`sitrep-${version}`]);

    await goOffline(true);
    await page.reload();
    expect(await heading()).toBe(newTitle);
    await page.goto(`${server.url}/search/?q=${ONLINE_WORD}`);
    await expect.poll(async () => (await resultUrls()).length, SLOW).toBeGreaterThan(0);
    await goOffline(false);
  });
});

describe('a search index too large to save unasked', () => {
  it('is saved when the reader asks, then works offline', async () => {
    const big = path.join(tmp, 'big');
    fs.cpSync(path.join(tmp, 'v1'), big, { recursive: true });
    writeServiceWorker(big, '/', 0);
    server.deploy(big);
    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    await other.goto(`${server.url}/search/?q=${ONLINE_WORD}`);
    const save = other.getByRole('button', { name: /^Save search on this device for offline use \(\d+\.\d MB\)$/ });
    await save.waitFor(SLOW);
    expect(await other.getByText('Search is saved on this device').isVisible()).toBe(false);
    await save.click();
    await other.getByText('Search is saved on this device').waitFor(SLOW);
    server.setDown(true);
    await fresh.setOffline(true);
    await other.goto(`${server.url}/search/?${new URLSearchParams({ topic: offlineTopic })}`);
    await expect.poll(async () => (await other.locator('[data-search-results] .search-result-title a').count()), SLOW).toBeGreaterThan(0);
    server.setDown(false);
    await fresh.close();
  });
});

describe('offline before any search', () => {
  it('says a search needs the network when the index was never saved on this device', async () => {
    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    await other.goto(`${server.url}${read.url}`);
    await other.waitForFunction(() => navigator.serviceWorker.controller !== null, null, SLOW);
    server.setDown(true);
    await fresh.setOffline(true);
    await other.goto(`${server.url}/search/?q=${ONLINE_WORD}`);
    await other.getByRole('status').filter({ hasText: 'This search needs the network' }).waitFor(SLOW);
    server.setDown(false);
    await fresh.close();
  });
});

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
