// An entity preview shown on hover or focus can be dismissed with Escape without moving the pointer or the
// focus (WCAG 2.2, 1.4.13), and shows again once the reader leaves the mention and comes back.
import { describe, expect, it } from 'vitest';
import { tabToMention, useSiteBrowser } from '../helpers/site-browser.ts';
import { representativePages } from './pages.ts';
import { DIST } from '../site/dist.ts';

describe('dismissing an entity preview', () => {
  const open = useSiteBrowser(DIST, { route: () => representativePages().article });

  it('Escape hides the preview of the focused mention, which stays focused; it shows again on the next focus', async () => {
    const { page } = open;
    const described = await tabToMention(page);
    expect(described).not.toBe('');
    const preview = page.locator(`#${described}`);
    await expect.poll(() => preview.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => preview.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-describedby'))).toBe(described);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Shift+Tab');
    await expect.poll(() => preview.isVisible()).toBe(true);
  });

  it('Escape hides the preview under the pointer; it shows again when the pointer comes back', async () => {
    const { page } = open;
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const mention = page.locator('.body .mention').nth(2);
    const preview = mention.locator('.mention-preview');
    await mention.locator('a.entity').hover();
    await expect.poll(() => preview.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => preview.isVisible()).toBe(false);
    await page.mouse.move(0, 0);
    await mention.locator('a.entity').hover();
    await expect.poll(() => preview.isVisible()).toBe(true);
  });
});
