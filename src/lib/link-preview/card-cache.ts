// Cards cached by what they say: a rebuild renders only the cards whose text changed. The key covers the
// card's text and the renderer's own source, so a change to the layout or the font invalidates every card.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CardText } from './card-layout.ts';
import { renderCard } from './render-card.ts';

const CACHE_DIR = process.env.SITREP_CARD_CACHE || path.join('node_modules', '.cache', 'sitrep-cards');

let rendererHash: string | null = null;
function renderer(): string {
  if (rendererHash === null) {
    const dir = path.dirname(fileURLToPath(import.meta.url));
    const hash = crypto.createHash('sha256');
    for (const file of fs.readdirSync(dir).sort()) hash.update(file).update(fs.readFileSync(path.join(dir, file)));
    rendererHash = hash.digest('hex');
  }
  return rendererHash;
}

// The cache's file names, listed once: asking the disk for every card that is not there costs more than
// drawing it on a busy machine.
let stored: Set<string> | null = null;

export function cachedCard(card: CardText): Buffer {
  const key = crypto.createHash('sha256').update(renderer()).update(JSON.stringify(card)).digest('hex');
  const file = path.join(CACHE_DIR, `${key}.png`);
  if (stored === null) {
    fs.mkdirSync(CACHE_DIR, { recursive: true });
    stored = new Set(fs.readdirSync(CACHE_DIR));
  }
  if (stored.has(`${key}.png`)) {
    try {
      return fs.readFileSync(file);
    } catch {
      // Removed since it was listed: draw it again.
    }
  }
  const png = renderCard(card);
  stored.add(`${key}.png`);
  // Written in the background: the build does not wait for the cache, and a failed write only means the
  // next build draws the card again.
  fs.promises.writeFile(file, png).catch(() => stored?.delete(`${key}.png`));
  return png;
}
