// Broken internal links and anchors, found by linkinator (a maintained crawler) on the built site served the
// way a static host serves it. It starts from every page, so that no page escapes the check, follows every
// same-origin link, script, stylesheet and image, and checks that every #fragment names an id on its page.
// Links to the site's public address (canonical, feeds, sitemap) are rewritten to the local server, so they
// are checked too; links to other sites are not followed (tests have no network and must not depend on it).
import fs from 'node:fs';
import path from 'node:path';
import { LinkChecker, LinkState } from 'linkinator';
import { serve } from '../../helpers/serve.ts';
import { routeOf } from '../target.ts';

/** The public origin the site was built for, read from the home page's canonical link. */
function publicOrigin(dist: string): string | null {
  const home = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
  const canonical = /<link[^>]+rel="canonical"[^>]+href="([^"]+)"/.exec(home)?.[1];
  return canonical ? new URL(canonical).origin : null;
}

/** "URL (why) linked from PAGE" for every broken link, grouped by URL; empty when all links hold. */
export async function brokenLinks(dist: string, pages: string[]): Promise<string[]> {
  const site = await serve(dist);
  try {
    const origin = publicOrigin(dist);
    const result = await new LinkChecker().check({
      path: pages.map((p) => `${site.url}${routeOf(p)}`),
      recurse: true,
      checkFragments: true,
      concurrency: 16,
      timeout: 10_000,
      // A kept-alive socket the local server closes just as it is reused (ECONNRESET) is not a broken link:
      // network errors and 5xx are retried; a 404 or a missing #anchor never is.
      retryErrors: true,
      retryErrorsCount: 3,
      retryErrorsJitter: 500,
      urlRewriteExpressions: origin ? [{ pattern: new RegExp(`^${origin.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?=/|$)`), replacement: site.url }] : [],
      linksToSkip: async (link) => !link.startsWith(`${site.url}/`) && link !== site.url,
    });
    const byUrl = new Map<string, { why: string; from: Set<string> }>();
    for (const link of result.links.filter((l) => l.state === LinkState.BROKEN)) {
      const why = link.status === 200 && link.url.includes('#') ? 'no such anchor' : String(link.status ?? 'error');
      const entry = byUrl.get(link.url) ?? { why, from: new Set<string>() };
      entry.from.add((link.parent ?? '?').replace(site.url, ''));
      byUrl.set(link.url, entry);
    }
    return [...byUrl].map(([url, { why, from }]) => {
      const pagesList = [...from].sort();
      return `${url.replace(site.url, '')} (${why}) linked from ${pagesList.slice(0, 3).join(', ')}${pagesList.length > 3 ? ` and ${pagesList.length - 3} more` : ''}`;
    }).sort();
  } finally {
    await site.close();
  }
}
