// Every page of the built site is valid HTML by html-validate with the project's .htmlvalidate.json:
// html-validate:recommended and html-validate:document, with two documented exceptions:
// - long-title is off: it is search-engine advice (70 characters), not validity; the front-matter contract
//   allows article titles of 120 characters (checked by the shared zod schema), and the rule counts
//   character references as written ("&#39;" is 5), so no fixed bound matches the contract.
// - require-sri applies to cross-origin resources only: same-origin files cannot be swapped by a CDN, and the
//   site loads nothing from another origin anyway (see browser.test.ts).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { HtmlValidate, StaticConfigLoader, formatterFactory, type ConfigData } from 'html-validate';
import { htmlPages, target } from './target.ts';

describe('HTML of the built site', () => {
  it('is valid on every page', async () => {
    // The project's config, whichever folder the site was built into (the corpus build lives in a temp folder).
    const config = JSON.parse(fs.readFileSync('.htmlvalidate.json', 'utf8')) as ConfigData;
    const validator = new HtmlValidate(new StaticConfigLoader({ ...config, root: true }));
    const failures: string[] = [];
    const pages = htmlPages();
    expect(pages.length).toBeGreaterThan(0);
    for (const page of pages) {
      const file = path.join(target.dist, page);
      const report = await validator.validateString(fs.readFileSync(file, 'utf8'), path.resolve(file));
      if (!report.valid) failures.push(formatterFactory('text')(report.results));
    }
    expect(failures.join('\n')).toBe('');
  }, 600_000);
});
