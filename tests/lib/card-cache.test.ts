// Cards are cached by what they say: a second build reads the file the first one wrote, and a change of text
// gives a new card.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';

describe('card cache', () => {
  it('stores each card under a key of its text and reads it back', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sitrep-cards-'));
    vi.stubEnv('SITREP_CARD_CACHE', dir);
    vi.resetModules();
    const { cachedCard } = await import('../../src/lib/link-preview/card-cache.ts');
    const { renderCard } = await import('../../src/lib/link-preview/render-card.ts');
    const card = { site: 'S', kind: 'Topic', title: 'Air defence', facts: ['3 articles'] };
    const first = cachedCard(card);
    expect(first).toEqual(renderCard(card));
    await vi.waitFor(() => expect(fs.readdirSync(dir)).toHaveLength(1));
    const [file] = fs.readdirSync(dir);
    // What the cache holds is what a later build serves (a marker proves the file was read, not redrawn).
    fs.writeFileSync(path.join(dir, file!), 'cached');
    vi.resetModules();
    const again = await import('../../src/lib/link-preview/card-cache.ts');
    expect(again.cachedCard(card).toString()).toBe('cached');
    expect(again.cachedCard({ ...card, title: 'Air power' }).toString()).not.toBe('cached');
    vi.unstubAllEnvs();
  });
});
