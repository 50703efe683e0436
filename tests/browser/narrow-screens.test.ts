// Readers on phones: at 320 and 390 px wide (and 1280 px for comparison) the header's search results open
// inside the viewport with whole titles, no page scrolls sideways, and every link and option a finger
// aims at is at least 24 × 24 px (WCAG 2.2, 2.5.8) or spaced as the criterion allows.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../helpers/browser.ts';
import { serve, type Served } from '../helpers/serve.ts';
import { representativePages } from './pages.ts';

let browser: Browser;
let site: Served;
const SLOW = { timeout: 15_000 };
beforeAll(async () => {
  site = await serve('dist');
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

async function open(width: number, path: string): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width, height: 800 }, isMobile: width < 800, hasTouch: width < 800 })).newPage();
  await page.goto(`${site.url}${path}`);
  return page;
}

const pages = representativePages();
const routes = { home: pages.home!, article: pages.article!, topic: pages.topic!, search: '/search/?q=drone' };

for (const width of [320, 390, 1280]) {
  describe(`at ${width} px`, () => {
    it('opens the header search results inside the viewport with whole titles', async () => {
      const page = await open(width, '/');
      await page.getByRole('combobox', { name: 'Search articles' }).fill('Iran');
      const options = page.getByRole('option');
      await expect.poll(() => options.count(), SLOW).toBeGreaterThan(0);
      const box = (await page.locator('[data-search-popup]').boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(width);
      // A title is whole when it wraps rather than overflowing its option.
      const cut = await page.locator('.search-box-title').evaluateAll((titles) => titles.filter((t) => t.scrollWidth > t.clientWidth + 1).length);
      expect(cut).toBe(0);
      for (const option of await options.all()) expect((await option.boundingBox())!.height).toBeGreaterThanOrEqual(24);
      await page.context().close();
    });

    for (const [name, path] of Object.entries(routes)) {
      it(`${name}: nothing scrolls sideways and links are targets of 24 px`, async () => {
        const page = await open(width, path);
        if (name === 'search') await expect.poll(() => page.locator('[data-search-results] > li').count(), SLOW).toBeGreaterThan(0);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        // 2.5.8: a target under 24 px passes when a 24 px circle on it overlaps no other target; inline links in
        // running text are exempt. Header and search controls are not running text.
        const small = await page.locator('header a, header input, header button, [role=option], .search-result-title a').evaluateAll((els) =>
          els
            .map((el) => el.getBoundingClientRect())
            .filter((r) => r.width > 0 && (r.height < 24 || r.width < 24))
            .map((r) => `${Math.round(r.width)}×${Math.round(r.height)}`),
        );
        expect(small).toEqual([]);
        await page.context().close();
      });
    }
  });
}
