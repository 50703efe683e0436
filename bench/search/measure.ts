// Measures what search costs a reader on a built site, in headless Chromium with an empty cache and no service
// worker: bytes fetched and time to first results for typical searches, from the search page (a shared link)
// and from the header box (typed), then a second query on the warm page; and the offline sizes the build logs.
//
//   node bench/search/measure.ts DIST [QUERY …]     (defaults below; a URL query string is a filter browse)
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page, Response } from 'playwright-core';
import { launchBrowser } from '../../tests/helpers/browser.ts';
import { serve } from '../../tests/helpers/serve.ts';
import { offlineManifest } from '../../src/integrations/service-worker.ts';

const [dist = 'dist', ...asked] = process.argv.slice(2);
const QUERIES = asked.length > 0 ? asked : ['S-400', 'Shahed drones', 'Kirby', '?topic=S-400&year=2022', 'S-400 2022 said'];
const TEXT = /\.(?:html|css|js|json)$/;

interface Fetched {
  path: string;
  bytes: number;
  /** As a host sends it: text gzipped, Pagefind's binary chunks as they are (already compressed). */
  wire: number;
}

async function record(response: Response, into: Fetched[]): Promise<void> {
  const body = await response.body().catch(() => Buffer.alloc(0));
  const file = new URL(response.url()).pathname;
  into.push({ path: file, bytes: body.length, wire: TEXT.test(file) ? gzipSync(body, { level: 9 }).length : body.length });
}

const sum = (list: Fetched[]) => ({ requests: list.length, bytes: list.reduce((s, f) => s + f.bytes, 0), wire: list.reduce((s, f) => s + f.wire, 0) });
const searchFiles = (list: Fetched[]) => list.filter((f) => f.path.includes('/pagefind/') || /\/_astro\/.*\.js$/.test(f.path));

/** Milliseconds from navigation start to the first results the page reports (a performance mark). */
async function markTime(page: Page, name: string, after = 0): Promise<number> {
  const handle = await page.waitForFunction(
    ([mark, since]) => performance.getEntriesByName(mark).find((e) => e.startTime > since)?.startTime,
    [name, after] as const,
    { timeout: 60_000 },
  );
  return (await handle.jsonValue()) as number;
}

const served = await serve(dist);
const browser = await launchBrowser();
const rows: Record<string, unknown>[] = [];
try {
  for (const query of QUERIES) {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    const fetched: Fetched[] = [];
    const pending: Promise<void>[] = [];
    page.on('response', (r) => void pending.push(record(r, fetched)));
    const search = query.startsWith('?') ? query : `?${new URLSearchParams({ q: query })}`;
    await page.goto(`${served.url}/search/${search}`);
    const firstResultsMs = await markTime(page, 'sitrep:search-results');
    const results = await page.locator('#search-results > li').count();
    const status = await page.locator('#search-status').textContent();
    await page.waitForLoadState('networkidle');
    await Promise.all(pending);
    const cold = sum(searchFiles(fetched));

    // Header box on an article page: focus (loads the index), type, first results in the list.
    const box = await context.newPage();
    const boxFetched: Fetched[] = [];
    const boxPending: Promise<void>[] = [];
    await box.goto(`${served.url}/`);
    const article = await box.locator('main a[href*="/articles/"]').first().getAttribute('href');
    await box.goto(`${served.url}${article}`);
    await box.waitForLoadState('networkidle');
    box.on('response', (r) => void boxPending.push(record(r, boxFetched)));
    const typedAt = await box.evaluate(() => performance.now());
    const words = query.startsWith('?') ? 'S-400' : query;
    await box.getByRole('combobox', { name: 'Search articles' }).fill(words);
    const boxMs = (await markTime(box, 'sitrep:search-box-results', typedAt)) - typedAt;
    await box.waitForLoadState('networkidle');
    await Promise.all(boxPending);

    // A second query on the warm search page: only the chunks it needs beyond what is loaded.
    const before = fetched.length;
    const warmAt = await page.evaluate(() => performance.now());
    await page.locator('#search-query').fill('Iran Russia drones');
    const warmMs = (await markTime(page, 'sitrep:search-results', warmAt)) - warmAt;
    await page.waitForLoadState('networkidle');
    await Promise.all(pending);

    rows.push({
      query,
      results,
      status,
      firstResultsMs: Math.round(firstResultsMs),
      cold,
      headerBox: { typed: words, firstResultsMs: Math.round(boxMs), ...sum(searchFiles(boxFetched)) },
      secondQuery: { firstResultsMs: Math.round(warmMs), ...sum(searchFiles(fetched.slice(before))) },
    });
    await context.close();
  }
} finally {
  await browser.close();
  await served.close();
}

const manifest = offlineManifest(path.resolve(dist), '/');
const boot = fs.readdirSync(path.join(dist, '_astro')).filter((f) => f.startsWith('SearchBox') && f.endsWith('.js'));
const bootBytes = boot.reduce((s, f) => s + fs.statSync(path.join(dist, '_astro', f)).size, 0);
const bootGzip = boot.reduce((s, f) => s + gzipSync(fs.readFileSync(path.join(dist, '_astro', f)), { level: 9 }).length, 0);
console.log(
  JSON.stringify(
    {
      pages: JSON.parse(fs.readFileSync(path.join(dist, 'pagefind', 'pagefind-entry.json'), 'utf8')).languages.en.page_count,
      everyPageJs: { bytes: bootBytes, gzip: bootGzip },
      offline: { shellFiles: manifest.shell.length, shellBytes: manifest.bytes.shell, searchFiles: manifest.search.length, searchBytes: manifest.bytes.search },
      queries: rows,
    },
    null,
    2,
  ),
);
