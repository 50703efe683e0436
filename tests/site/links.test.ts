// No broken internal link anywhere in the built site: every href, src and #fragment of every page resolves,
// and every page is reachable by following links from some other page.
import { describe, expect, it } from 'vitest';
import { checkSiteLinks } from './site-links.ts';
import { DIST } from './dist.ts';

describe('internal links of the built site', () => {
  it('all resolve, fragments included, and no page is an orphan', async () => {
    const report = await checkSiteLinks(DIST);
    expect(report.broken).toEqual([]);
    expect(report.pages.length).toBeGreaterThan(20);
    const orphans = report.pages.filter((p) => p !== '/404.html' && !report.reached.has(p));
    expect(orphans).toEqual([]);
  }, 300_000);
});
