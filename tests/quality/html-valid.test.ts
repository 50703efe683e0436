// Every page of the built site is valid HTML by html-validate with the project's .htmlvalidate.json:
// html-validate:recommended and html-validate:document, with three documented exceptions:
// - long-title is off: it is search-engine advice (70 characters), not validity; the front-matter contract
//   allows article titles of 120 characters (checked by the shared zod schema), and the rule counts
//   character references as written ("&#39;" is 5), so no fixed bound matches the contract.
// - require-sri applies to cross-origin resources only: same-origin files cannot be swapped by a CDN, and the
//   site loads nothing from another origin anyway (see browser.test.ts).
// - prefer-native-element allows role="listbox" and role="option": the search box's suggestions are an ARIA
//   1.2 combobox popup of links, which a native <select> cannot be. Every other role must be its element.
import { describe, expect, it } from 'vitest';
import { invalidHtml } from './checks/html-valid.ts';
import { htmlPages, target } from './target.ts';

describe('HTML of the built site', () => {
  it('is valid on every page', async () => {
    const pages = htmlPages();
    expect(pages.length).toBeGreaterThan(0);
    expect((await invalidHtml(target.dist, pages)).join('\n\n')).toBe('');
  }, 600_000);
});
