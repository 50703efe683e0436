// What a reader's browser downloads, counted in headless Chromium on the built site served locally: the
// JavaScript an article page loads before search is used, and the Pagefind files a typical query fetches.
// Bytes are response bodies; "gzip" is what they weigh compressed as a host serves text (Pagefind's index
// files are already compressed binaries and are counted as they are).
import type { Page, Response } from 'playwright-core';
import { launchBrowser } from '../../tests/helpers/browser.ts';
import { serve } from '../../tests/helpers/serve.ts';
import { gzipSize } from './sizes.ts';

export interface NetworkSizes {
  articleUrl: string;
  /** JavaScript an article page downloads on load, before anyone touches search. */
  articleJsBytes: number;
  articleJsGzip: number;
  /** Everything the article page downloads on load, compressed where a host would. */
  articleTotalGzip: number;
  query: string;
  searchResults: number;
  /** Files under /pagefind/ fetched to show the first results of the query. */
  pagefindRequests: number;
  pagefindBytes: number;
  pagefindWire: number;
  /** JavaScript of the search page itself (not Pagefind's), gzip. */
  searchPageJsGzip: number;
}

const TEXT = /\.(?:html|css|js|mjs|json|svg|xml|txt)(?:$|\?)/;

interface Fetched {
  url: string;
  type: string;
  bytes: number;
  wire: number;
}

async function record(response: Response, into: Fetched[]): Promise<void> {
  const body = await response.body().catch(() => Buffer.alloc(0));
  const url = response.url();
  const type = response.request().resourceType();
  into.push({ url, type, bytes: body.length, wire: TEXT.test(new URL(url).pathname) ? gzipSize(body) : body.length });
}

/** Loads `path` in a fresh browser (empty cache) and records every response until the network is idle. */
async function visit(base: string, path: string, ready?: (page: Page) => Promise<void>): Promise<{ fetched: Fetched[]; page: Page; close: () => Promise<void> }> {
  const browser = await launchBrowser();
  const page = await browser.newPage();
  const fetched: Fetched[] = [];
  const pending: Promise<void>[] = [];
  page.on('response', (r) => void pending.push(record(r, fetched)));
  try {
    await page.goto(`${base}${path}`, { waitUntil: 'load', timeout: 60_000 });
    if (ready) await ready(page);
    await page.waitForLoadState('networkidle', { timeout: 60_000 });
    await Promise.all(pending);
  } catch (error) {
    await browser.close();
    throw error;
  }
  return { fetched, page, close: () => browser.close() };
}

export async function measureNetwork(dist: string, articlePath: string, query: string): Promise<NetworkSizes> {
  const served = await serve(dist);
  try {
    const article = await visit(served.url, articlePath);
    await article.close();
    const search = await visit(served.url, `/search/?q=${encodeURIComponent(query)}`, (page) =>
      page.waitForFunction(() => /result/.test(document.getElementById('search-status')?.textContent ?? ''), undefined, { timeout: 60_000 }).then(() => undefined),
    );
    const searchResults = await search.page.locator('#search-results > li').count();
    await search.close();

    const isJs = (f: Fetched): boolean => f.type === 'script' || /\.m?js(?:$|\?)/.test(new URL(f.url).pathname);
    const js = article.fetched.filter(isJs);
    const pagefind = search.fetched.filter((f) => new URL(f.url).pathname.includes('/pagefind/'));
    const sum = (list: Fetched[], key: 'bytes' | 'wire'): number => list.reduce((s, f) => s + f[key], 0);
    return {
      articleUrl: articlePath,
      articleJsBytes: sum(js, 'bytes'),
      articleJsGzip: sum(js, 'wire'),
      articleTotalGzip: sum(article.fetched, 'wire'),
      query,
      searchResults,
      pagefindRequests: pagefind.length,
      pagefindBytes: sum(pagefind, 'bytes'),
      pagefindWire: sum(pagefind, 'wire'),
      searchPageJsGzip: sum(search.fetched.filter((f) => isJs(f) && !pagefind.includes(f)), 'wire'),
    };
  } finally {
    await served.close();
  }
}
