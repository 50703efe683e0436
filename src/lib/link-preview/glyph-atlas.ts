// Glyph bitmaps for the cards, rasterised by resvg once per build and style rather than once per card: a sheet
// of every character still missing is drawn in one render, and each cell's coverage is kept. Placing those
// bitmaps costs a card a few milliseconds where a full resvg render and PNG encode cost it about forty.
import { Resvg } from '@resvg/resvg-js';
import { FAMILY, fontFile, type Weight } from './fonts.ts';
import { escapeXml } from '../escape-xml.ts';

export interface Glyph {
  /** Coverage 0–255, `width` × `height`, row by row. */
  alpha: Uint8Array;
  width: number;
  height: number;
  /** Offset of the bitmap's top left corner from the pen position on the baseline. */
  dx: number;
  dy: number;
}

const atlases = new Map<string, Map<string, Glyph>>();

/** The glyphs of `chars` in one weight and size, rendering those not seen before. */
export function glyphs(weight: Weight, size: number, chars: Iterable<string>): Map<string, Glyph> {
  const key = `${weight}/${size}`;
  let atlas = atlases.get(key);
  if (!atlas) atlases.set(key, (atlas = new Map()));
  const missing = [...new Set(chars)].filter((c) => !atlas.has(c) && c.trim() !== '');
  if (missing.length > 0) for (const [char, glyph] of renderSheet(weight, size, missing)) atlas.set(char, glyph);
  return atlas;
}

function renderSheet(weight: Weight, size: number, chars: string[]): Map<string, Glyph> {
  const cell = Math.ceil(size * 2);
  const columns = Math.min(chars.length, 32);
  const rowsCount = Math.ceil(chars.length / columns);
  const originX = Math.round(size * 0.5);
  const baseline = Math.round(size * 1.4);
  const texts = chars.map((char, i) => {
    const x = (i % columns) * cell + originX;
    const y = Math.floor(i / columns) * cell + baseline;
    return `<text x="${x}" y="${y}">${escapeXml(char)}</text>`;
  });
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${columns * cell}" height="${rowsCount * cell}" ` +
    `font-family="${FAMILY}" font-size="${size}" font-weight="${weight === 'bold' ? 700 : 400}">${texts.join('')}</svg>`;
  const image = new Resvg(svg, { font: { fontFiles: [fontFile(weight)], loadSystemFonts: false, defaultFontFamily: FAMILY } }).render();
  const { pixels, width: sheetWidth } = image;
  const found = new Map<string, Glyph>();
  chars.forEach((char, i) => {
    const left = (i % columns) * cell;
    const top = Math.floor(i / columns) * cell;
    let x0 = cell, y0 = cell, x1 = -1, y1 = -1;
    for (let y = 0; y < cell; y++)
      for (let x = 0; x < cell; x++)
        if (pixels[((top + y) * sheetWidth + left + x) * 4 + 3]! > 0) {
          if (x < x0) x0 = x;
          if (x > x1) x1 = x;
          if (y < y0) y0 = y;
          if (y > y1) y1 = y;
        }
    if (x1 < 0) return found.set(char, { alpha: new Uint8Array(0), width: 0, height: 0, dx: 0, dy: 0 });
    const width = x1 - x0 + 1;
    const height = y1 - y0 + 1;
    const alpha = new Uint8Array(width * height);
    for (let y = 0; y < height; y++)
      for (let x = 0; x < width; x++) alpha[y * width + x] = pixels[((top + y0 + y) * sheetWidth + left + x0 + x) * 4 + 3]!;
    found.set(char, { alpha, width, height, dx: x0 - originX, dy: y0 - baseline });
  });
  return found;
}
