// A card as PNG. Text in scripts drawn letter by letter (Latin, Greek, Cyrillic) is placed from the glyph
// atlas into a palette image; text that needs shaping (Arabic, Persian, Devanagari, combining marks…) or a
// glyph the font lacks goes through a full resvg render of the same layout as SVG, slower but right.
import { Resvg } from '@resvg/resvg-js';
import { BAR_HEIGHT, CARD, INKS, PAPER, layoutCard, type CardText, type Ink, type Run } from './card-layout.ts';
import { advance, FAMILY, fontFile } from './fonts.ts';
import { glyphs } from './glyph-atlas.ts';
import { palettePng } from './png.ts';

// Letters that change shape with their neighbours, or marks that sit on them.
const NEEDS_SHAPING = /[\u0300-\u036f\u0483-\u0489\u0590-\u1cff\u1dc0-\u1dff\u20d0-\u20ff\u2e80-\uffff]/u;
const LEVELS = 15;
const INK_ORDER = Object.keys(INKS) as Ink[];

// Index 0 is the paper; then, per ink, LEVELS steps from a faint blend to the full colour.
const palette: Array<[number, number, number]> = [PAPER];
for (const ink of INK_ORDER)
  for (let level = 1; level <= LEVELS; level++)
    palette.push(INKS[ink].map((c, i) => Math.round(PAPER[i]! + ((c - PAPER[i]!) * level) / LEVELS)) as [number, number, number]);
const inkBase = (ink: Ink) => 1 + INK_ORDER.indexOf(ink) * LEVELS - 1;

export function renderCard(card: CardText): Buffer {
  const runs = layoutCard(card);
  const drawable = runs.every((r) => !NEEDS_SHAPING.test(r.text) && [...r.text].every((c) => c.trim() === '' || advance(r.weight, r.size, c) !== null));
  return drawable ? placeGlyphs(runs) : renderSvg(runs);
}

function placeGlyphs(runs: Run[]): Buffer {
  const { width, height } = CARD;
  const pixels = new Uint8Array(width * height);
  pixels.fill(inkBase('accent') + LEVELS, 0, width * BAR_HEIGHT);
  for (const run of runs) {
    const atlas = glyphs(run.weight, run.size, run.text);
    const base = inkBase(run.ink);
    let pen = run.x;
    for (const char of run.text) {
      const glyph = atlas.get(char);
      if (glyph) {
        const left = Math.round(pen) + glyph.dx;
        const top = run.y + glyph.dy;
        for (let y = 0; y < glyph.height; y++) {
          const row = top + y;
          if (row < 0 || row >= height) continue;
          for (let x = 0; x < glyph.width; x++) {
            const column = left + x;
            const a = glyph.alpha[y * glyph.width + x]!;
            if (a === 0 || column < 0 || column >= width) continue;
            const level = Math.round((a * LEVELS) / 255);
            const at = row * width + column;
            if (level > 0 && base + level > pixels[at]!) pixels[at] = base + level;
          }
        }
      }
      pen += advance(run.weight, run.size, char) ?? 0;
    }
  }
  return palettePng(width, height, pixels, palette);
}

const hex = (rgb: [number, number, number]) => `#${rgb.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
const escapeXml = (text: string) => text.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c]!);

/** The same layout as SVG, for resvg to shape and rasterise. */
export function cardSvg(runs: Run[]): string {
  const { width, height } = CARD;
  const texts = runs.map(
    (r) => `<text x="${r.x}" y="${r.y}"${r.anchor ? ` text-anchor="${r.anchor}"` : ''} font-size="${r.size}" font-weight="${r.weight === 'bold' ? 700 : 400}" fill="${hex(INKS[r.ink])}">${escapeXml(r.text)}</text>`,
  );
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="${FAMILY}">` +
    `<rect width="${width}" height="${height}" fill="${hex(PAPER)}"/><rect width="${width}" height="${BAR_HEIGHT}" fill="${hex(INKS.accent)}"/>` +
    `${texts.join('')}</svg>`
  );
}

function renderSvg(runs: Run[]): Buffer {
  const font = { fontFiles: [fontFile('regular'), fontFile('bold')], loadSystemFonts: false, defaultFontFamily: FAMILY };
  return new Resvg(cardSvg(runs), { font }).render().asPng();
}
