// Checks every internal link of a built site, #fragments included, with linkinator: the site is served from
// its folder under its base path (as a static host would), and the crawl starts from every HTML page, so an
// orphan page is checked too. Links outside the site are not followed.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';
import { LinkChecker, LinkState } from 'linkinator';

export interface LinkReport {
  /** "url (from parent)" of each broken link or fragment. */
  broken: string[];
  /** Every URL the crawl reached and found, without fragment. */
  reached: Set<string>;
  /** Every HTML page's path (with base) in the folder. */
  pages: string[];
}

export async function checkSiteLinks(dir: string, base = '/'): Promise<LinkReport> {
  const files = sirv(dir, { dev: false, extensions: ['html'] });
  const server = http.createServer((req, res) => {
    const notFound = () => {
      res.statusCode = 404;
      res.end('not found');
    };
    if (!req.url?.startsWith(base)) return notFound();
    req.url = `/${req.url.slice(base.length)}`;
    files(req, res, notFound);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const pages = htmlPages(dir).map((p) => `${base}${p}`);
  try {
    const checker = new LinkChecker();
    const result = await checker.check({
      path: pages.map((p) => `${origin}${p}`),
      recurse: true,
      checkFragments: true,
      // A shared machine can be slow: modest concurrency, a long timeout, and a retry of failed requests.
      concurrency: 8,
      timeout: 60_000,
      retryErrors: true,
      retryErrorsCount: 2,
      linksToSkip: async (link) => !link.startsWith(origin),
    });
    const broken = result.links
      .filter((l) => l.state === LinkState.BROKEN)
      .map((l) => `${l.url.replace(origin, '')} (from ${l.parent?.replace(origin, '') ?? '?'}, status ${l.status ?? 'none'})`);
    const reached = new Set(result.links.filter((l) => l.state === LinkState.OK).map((l) => l.url.replace(origin, '').replace(/#.*$/, '')));
    return { broken: [...new Set(broken)].sort(), reached, pages };
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
}

/** Paths of the HTML pages in `dir`, as URLs relative to the site root ("", "topics/drones/", "404.html"). */
export function htmlPages(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true }) as string[])
    .map((f) => f.split(path.sep).join('/'))
    .filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'))
    .map((f) => (f.endsWith('index.html') ? f.slice(0, -'index.html'.length) : f))
    .sort();
}
