// Zero broken internal links and anchors on the built site (checks/links.ts: linkinator from every page,
// with #fragment checking and the site's public address mapped to the local server).
import { describe, expect, it } from 'vitest';
import { brokenLinks } from './checks/links.ts';
import { htmlPages, target } from './target.ts';

describe('links of the built site', () => {
  it('has no broken internal link, asset or #anchor on any page', async () => {
    expect(await brokenLinks(target.dist, htmlPages())).toEqual([]);
  }, 600_000);
});
