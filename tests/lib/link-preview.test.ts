// The link-preview cards: the title wraps inside the margins and is cut with "…" only when it must; the
// palette PNG decodes to the pixels it was given; letter scripts are drawn from the glyph atlas and scripts
// that need shaping through resvg, both giving a 1200 × 630 image.
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { CARD, layoutCard, measure, wrap } from '../../src/lib/link-preview/card-layout.ts';
import { palettePng, rowBytes } from '../../src/lib/link-preview/png.ts';
import { renderCard } from '../../src/lib/link-preview/render-card.ts';

/** Chunks of a PNG by type, in order. */
function chunks(png: Buffer): Array<{ type: string; data: Buffer }> {
  const found = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    found.push({ type: png.toString('ascii', at + 4, at + 8), data: png.subarray(at + 8, at + 8 + length) });
    at += 12 + length;
  }
  return found;
}

describe('card layout', () => {
  const usable = CARD.width - 2 * CARD.margin;
  it('wraps at spaces within the width and keeps every word while they fit', () => {
    const text = 'Officials in three capitals described the agreement on deliveries of the aircraft as the largest in a decade';
    const lines = wrap(text, 'bold', 60, usable, 4);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(text);
    for (const line of lines) expect(measure(line, 'bold', 60)).toBeLessThanOrEqual(usable);
  });

  it('cuts a title longer than four lines with an ellipsis after a whole word', () => {
    const text = Array.from({ length: 60 }, (_, i) => `word${i}`).join(' ');
    const lines = wrap(text, 'bold', 60, usable, 4);
    expect(lines).toHaveLength(4);
    expect(lines[3]).toMatch(/word\d+…$/);
    expect(measure(lines[3]!, 'bold', 60)).toBeLessThanOrEqual(usable);
  });

  it('sets a right-to-left title from the right margin', () => {
    const [title] = layoutCard({ site: 'S', kind: 'Article', title: 'خبر کوتاه درباره پهپادها', facts: [] }).filter((r) => r.ink === 'title');
    expect(title).toMatchObject({ anchor: 'end', x: CARD.width - CARD.margin });
  });
});

describe('palette PNG', () => {
  it('holds the packed rows and palette it was given, with valid chunk checksums', () => {
    const width = 5;
    const height = 3;
    const stride = rowBytes(width);
    expect(stride).toBe(4);
    const rows = Uint8Array.from({ length: stride * height }, (_, i) => (i % stride === 0 ? 0 : (i * 37) & 0xff));
    const png = palettePng(width, height, rows, [[255, 255, 255], [0, 0, 0], [10, 20, 30]]);
    const parts = chunks(png);
    expect(parts.map((c) => c.type)).toEqual(['IHDR', 'PLTE', 'IDAT', 'IEND']);
    // 4 bits a pixel, colour type 3 (palette)
    expect([...parts[0]!.data.subarray(8, 10)]).toEqual([4, 3]);
    expect([...parts[1]!.data]).toEqual([255, 255, 255, 0, 0, 0, 10, 20, 30]);
    expect([...zlib.inflateSync(parts[2]!.data)]).toEqual([...rows]);
    for (const { type, data } of parts) {
      const at = png.indexOf(Buffer.concat([Buffer.from(type, 'ascii'), data]));
      expect(png.readUInt32BE(at + 4 + data.length)).toBe(zlib.crc32(data, zlib.crc32(Buffer.from(type, 'ascii'))));
    }
    expect(() => palettePng(1, 1, new Uint8Array(2), Array.from({ length: 17 }, () => [0, 0, 0] as [number, number, number]))).toThrow(/16/);
  });
});

describe('rendered cards', () => {
  const card = (title: string) => ({ site: 'Sitrep', kind: 'Article', title, facts: ['An outlet', '3 March 2024'] });
  it.each([
    ['Latin, from the glyph atlas', 'Talks on air defence systems resume in the capital', 'PLTE'],
    ['Cyrillic, from the glyph atlas', 'Переговоры о поставках возобновились', 'PLTE'],
    ['Persian, shaped by resvg', 'گفت‌وگو درباره سامانه‌های پدافندی', null],
  ])('%s: a 1200 × 630 PNG', (_name, title, palette) => {
    const png = renderCard(card(title));
    const parts = chunks(png);
    expect(parts[0]!.type).toBe('IHDR');
    expect([parts[0]!.data.readUInt32BE(0), parts[0]!.data.readUInt32BE(4)]).toEqual([1200, 630]);
    expect(parts.some((c) => c.type === 'PLTE')).toBe(palette !== null);
  });

  it('draws the title: two titles give two different images, the same title the same bytes', () => {
    expect(renderCard(card('One title'))).toEqual(renderCard(card('One title')));
    expect(renderCard(card('One title'))).not.toEqual(renderCard(card('Another title')));
  });
});
