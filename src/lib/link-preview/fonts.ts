// The card's typeface: DejaVu Sans from the `dejavu-fonts-ttf` package, so a card looks the same on every
// machine (no system fonts are read) and covers Latin, Greek and Cyrillic. opentype.js reads its advances
// for the layout; resvg rasterises its glyphs.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
// opentype.js's package exports only its UMD build to Node: a default import.
import opentype, { type Font } from 'opentype.js';

export type Weight = 'regular' | 'bold';

const FILES: Record<Weight, string> = { regular: 'DejaVuSans.ttf', bold: 'DejaVuSans-Bold.ttf' };
export const FAMILY = 'DejaVu Sans';

const dir = () => path.join(path.dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
export const fontFile = (weight: Weight) => path.join(dir(), FILES[weight]);

const fonts = new Map<Weight, Font>();
export function font(weight: Weight): Font {
  let loaded = fonts.get(weight);
  if (!loaded) {
    const bytes = fs.readFileSync(fontFile(weight));
    loaded = opentype.parse(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    fonts.set(weight, loaded);
  }
  return loaded;
}

// Advances in font units, per character: the layout asks for the same few letters thousands of times.
const advances = new Map<string, number | null>();

/** Advance of `char` at `size` px, or null when the font has no glyph for it. */
export function advance(weight: Weight, size: number, char: string): number | null {
  const key = `${weight}${char}`;
  let units = advances.get(key);
  if (units === undefined) {
    const glyph = font(weight).charToGlyph(char);
    units = !glyph || glyph.index === 0 ? null : (glyph.advanceWidth ?? 0) / font(weight).unitsPerEm;
    advances.set(key, units);
  }
  return units === null ? null : units * size;
}
