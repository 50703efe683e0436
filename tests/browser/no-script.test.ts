// Article, topic and entity pages need no JavaScript: they load no script of their own (only what the frame
// of every page carries, such as the search box's enhancement), and with JavaScript switched off an entity
// mention still shows its preview on keyboard focus and on hover.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toHtml } from 'hast-util-to-html';
import { tabToMention, useSiteBrowser } from '../helpers/site-browser.ts';
import { htmlPages } from '../site/site-links.ts';
import { representativePages } from './pages.ts';

import { DIST } from '../site/dist.ts';
const scripts = (route: string) => {
  const file = path.join(DIST, route.endsWith('/') || route === '' ? `${route}index.html` : route);
  const tree = fromHtml(fs.readFileSync(file, 'utf8'));
  return {
    // JSON-LD is a data block: the browser runs nothing in it.
    scripts: selectAll('script:not([type="application/ld+json"])', tree).map((s) => toHtml(s)),
    handlers: selectAll('*', tree).flatMap((el) => Object.keys(el.properties).filter((k) => /^on/i.test(k)).map((k) => `${el.tagName}.${k}`)),
  };
};

describe('pages that need no JavaScript', () => {
  const frame = new Set(scripts('404.html').scripts);
  const pages = htmlPages(DIST).filter((p) => /^(articles|topics|entities)\//.test(p) || p === 'topics/' || p === 'entities/');

  it('article, topic and entity pages load no script beyond the frame of every page, and no inline handler', () => {
    expect(pages.some((p) => p.startsWith('articles/'))).toBe(true);
    expect(pages.some((p) => p.startsWith('entities/'))).toBe(true);
    for (const page of pages) {
      const found = scripts(page);
      expect(found.scripts.filter((s) => !frame.has(s)), page).toEqual([]);
      expect(found.handlers, page).toEqual([]);
    }
  });
});

describe('entity previews with JavaScript off', () => {
  const open = useSiteBrowser(DIST, { context: { javaScriptEnabled: false }, route: () => representativePages().article });

  it('show on keyboard focus, and the link is described by the preview', async () => {
    const { page } = open;
    const focused = await tabToMention(page);
    expect(focused).not.toBe('');
    const preview = page.locator(`#${focused}`);
    await expect.poll(() => preview.isVisible()).toBe(true);
    const name = await page.evaluate((id) => document.getElementById(id)?.querySelector('.preview-name')?.textContent, focused);
    expect(name?.length).toBeGreaterThan(0);
    await page.keyboard.press('Tab');
    await expect.poll(() => preview.isVisible()).toBe(false);
  });

  it('show on hover and hide when the pointer leaves', async () => {
    const { page } = open;
    const mention = page.locator('.body .mention').nth(2);
    const preview = mention.locator('.mention-preview');
    expect(await preview.isVisible()).toBe(false);
    await mention.locator('a.entity').hover();
    await expect.poll(() => preview.isVisible()).toBe(true);
    await page.mouse.move(0, 0);
    await expect.poll(() => preview.isVisible()).toBe(false);
  });
});
