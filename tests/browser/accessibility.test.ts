// axe-core finds no violation (WCAG 2.2 A/AA and best practices) on any page type, at phone and desktop widths,
// in the light and the dark colour scheme.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { useSiteBrowser } from '../helpers/site-browser.ts';
import { representativePages } from './pages.ts';
import { DIST } from '../site/dist.ts';

const axeSource = (createRequire(import.meta.url)('axe-core') as { source: string }).source;
const WIDTHS = [390, 1280];
const SCHEMES = ['light', 'dark'] as const;

const open = useSiteBrowser(DIST);

interface Violation {
  id: string;
  impact: string;
  help: string;
  nodes: Array<{ target: string[] }>;
}

async function violations(path: string, width: number, scheme: (typeof SCHEMES)[number]): Promise<string[]> {
  const { page, site } = open;
  await page.setViewportSize({ width, height: 900 });
  await page.emulateMedia({ colorScheme: scheme, media: 'screen' });
  await page.goto(`${site.url}${path}`);
  // Evaluated through the DevTools protocol: an inline <script> would be refused by the site's CSP.
  await page.evaluate(axeSource);
  const found = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: unknown[] }> } }).axe;
    return (await axe.run(document, { resultTypes: ['violations'] })).violations;
  });
  return (found as Violation[]).map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}

describe('accessibility of every page type', () => {
  for (const [type, path] of Object.entries(representativePages())) {
    it(`${type} (${path}) has no axe violation at ${WIDTHS.join(' and ')}px, light and dark`, async () => {
      const found: string[] = [];
      for (const width of WIDTHS) for (const scheme of SCHEMES) found.push(...(await violations(path, width, scheme)).map((v) => `${width}px ${scheme}: ${v}`));
      expect(found).toEqual([]);
    });
  }
});
