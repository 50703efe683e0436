// For a browser test file: the built site served locally and Chromium with one page, opened before the
// file's tests (at `route` if given) and closed after them.
import { afterAll, beforeAll } from 'vitest';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { serve, type Served } from './serve.ts';

export interface SiteBrowser {
  readonly site: Served;
  readonly browser: Browser;
  readonly page: Page;
}

export function useSiteBrowser(dist: string, options: { context?: BrowserContextOptions; route?: () => string | undefined } = {}): SiteBrowser {
  const opened = {} as { site: Served; browser: Browser; page: Page };
  beforeAll(async () => {
    opened.site = await serve(dist);
    opened.browser = await launchBrowser();
    opened.page = await (await opened.browser.newContext(options.context)).newPage();
    if (options.route) {
      const route = options.route();
      if (route === undefined) throw new Error('no page to open: is the site built?');
      await opened.page.goto(`${opened.site.url}${route}`);
    }
  });
  afterAll(async () => {
    await opened.browser?.close();
    await opened.site?.close();
  });
  return opened;
}

/**
 * Presses Tab until an entity mention in the article body has the focus (at most 200 times) and returns the
 * id of the preview that describes it, or '' when none was reached.
 */
export async function tabToMention(page: Page): Promise<string> {
  for (let i = 0; i < 200; i++) {
    await page.keyboard.press('Tab');
    const described = await page.evaluate(() => (document.activeElement?.matches('.body a.entity') ? document.activeElement.getAttribute('aria-describedby') ?? '' : ''));
    if (described) return described;
  }
  return '';
}
