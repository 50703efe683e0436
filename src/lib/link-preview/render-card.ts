// A card as PNG. Text in scripts drawn letter by letter (Latin, Greek, Cyrillic) is placed from the glyph
// atlas into a palette image; text that needs shaping (Arabic, Persian, Devanagari, combining marks…) or a
// glyph the font lacks goes through a full resvg render of the same layout as SVG, slower but right.
import { Resvg } from '@resvg/resvg-js';
import { BAR_HEIGHT, CARD, INKS, PAPER, layoutCard, type CardText, type Ink, type Run } from './card-layout.ts';
import { advance, FAMILY, fontFile } from './fonts.ts';
import { glyphs, type Glyph } from './glyph-atlas.ts';
import { palettePng, rowBytes } from './png.ts';
import { escapeXml } from '../escape-xml.ts';

// Letters that change shape with their neighbours, or marks that sit on them.
const NEEDS_SHAPING = /[\u0300-\u036f\u0483-\u0489\u0590-\u1cff\u1dc0-\u1dff\u20d0-\u20ff\u2e80-\uffff]/u;
// Two ramps of seven steps from the paper: the dark ink (title; facts and the page kind at a lighter
// strength) and the accent. With the paper that is 15 colours: a 4-bit palette.
const STEPS = 7;
const RAMP: Record<Ink, { base: number; strength: number }> = {
  title: { base: 0, strength: STEPS },
  facts: { base: 0, strength: 5 },
  muted: { base: 0, strength: 5 },
  accent: { base: STEPS, strength: STEPS },
};
const blend = (ink: [number, number, number], step: number) =>
  ink.map((c, i) => Math.round(PAPER[i]! + ((c - PAPER[i]!) * step) / STEPS)) as [number, number, number];
const palette: Array<[number, number, number]> = [PAPER];
for (let step = 1; step <= STEPS; step++) palette.push(blend(INKS.title, step));
for (let step = 1; step <= STEPS; step++) palette.push(blend(INKS.accent, step));

export function renderCard(card: CardText): Buffer {
  const runs = layoutCard(card);
  const drawable = runs.every((r) => !NEEDS_SHAPING.test(r.text) && [...r.text].every((c) => c.trim() === '' || advance(r.weight, r.size, c) !== null));
  return drawable ? placeGlyphs(runs) : renderSvg(runs);
}

// A glyph's inked pixels as ramp steps, per ink strength: [x, y, step] triples without the empty pixels,
// computed once, not for every pixel of every card.
const stepCache = new WeakMap<Glyph, Map<number, Int16Array>>();
function inkedPixels(glyph: Glyph, strength: number): Int16Array {
  let byStrength = stepCache.get(glyph);
  if (!byStrength) stepCache.set(glyph, (byStrength = new Map()));
  let pixels = byStrength.get(strength);
  if (!pixels) {
    const found: number[] = [];
    glyph.alpha.forEach((a, i) => {
      const step = Math.round((a * strength) / 255);
      if (step > 0) found.push(i % glyph.width, Math.floor(i / glyph.width), step);
    });
    pixels = Int16Array.from(found);
    byStrength.set(strength, pixels);
  }
  return pixels;
}

function placeGlyphs(runs: Run[]): Buffer {
  const { width, height } = CARD;
  const stride = rowBytes(width);
  const rows = new Uint8Array(stride * height);
  const full = RAMP.accent.base + STEPS;
  for (let y = 0; y < BAR_HEIGHT; y++) rows.fill((full << 4) | full, y * stride + 1, (y + 1) * stride);
  for (const run of runs) {
    const atlas = glyphs(run.weight, run.size, run.text);
    const { base, strength } = RAMP[run.ink];
    let pen = run.x;
    for (const char of run.text) {
      const glyph = atlas.get(char);
      if (glyph && glyph.width > 0) {
        const inked = inkedPixels(glyph, strength);
        const left = Math.round(pen) + glyph.dx;
        const top = run.y + glyph.dy;
        for (let i = 0; i < inked.length; i += 3) {
          const column = left + inked[i]!;
          const row = top + inked[i + 1]!;
          if (column < 0 || column >= width || row < 0 || row >= height) continue;
          const value = base + inked[i + 2]!;
          const at = row * stride + 1 + (column >> 1);
          const shift = column & 1 ? 0 : 4;
          // Where glyphs overlap, the stronger ink wins.
          if (value > ((rows[at]! >> shift) & 15)) rows[at] = (rows[at]! & ~(15 << shift)) | (value << shift);
        }
      }
      pen += advance(run.weight, run.size, char) ?? 0;
    }
  }
  return palettePng(width, height, rows, palette);
}

const hex = (rgb: [number, number, number]) => `#${rgb.map((c) => c.toString(16).padStart(2, '0')).join('')}`;

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
