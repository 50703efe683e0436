// The link-preview card of a page (1200 × 630, the size OpenGraph and X recommend): the site's name and the
// kind of page at the top, the title wrapped to at most four lines, a line of facts (outlet, date, topic) at
// the foot. Laid out here with the font's own advances, so the bitmap and the SVG fallback agree.
import { advance, type Weight } from './fonts.ts';

export const CARD = { width: 1200, height: 630, margin: 72 } as const;

export interface CardText {
  site: string;
  /** What kind of page: "Article", "Topic", "Person"… */
  kind: string;
  title: string;
  /** Outlet, date, topic…: joined with " · ". */
  facts: string[];
}

export type Ink = 'accent' | 'title' | 'facts' | 'muted';
export const INKS: Record<Ink, [number, number, number]> = {
  accent: [0x0b, 0x53, 0x94],
  title: [0x11, 0x18, 0x27],
  facts: [0x37, 0x41, 0x51],
  muted: [0x4b, 0x55, 0x63],
};
export const PAPER: [number, number, number] = [0xf8, 0xfa, 0xfc];
/** The accent bar along the top edge. */
export const BAR_HEIGHT = 14;

export interface Run {
  text: string;
  weight: Weight;
  size: number;
  ink: Ink;
  /** Pen position of the first character, on the baseline; with `end`, where the line ends. */
  x: number;
  y: number;
  /** Right-to-left lines are set from the right margin. */
  anchor?: 'end';
}

// The first strong letter decides a paragraph's direction (Unicode's bidi rule P2, for the usual cases).
const RTL_FIRST = /^[^\p{L}]*[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}]/u;

/** Width of `text` in px, counting a character the font lacks as an average one. */
export function measure(text: string, weight: Weight, size: number): number {
  let width = 0;
  for (const char of text) width += advance(weight, size, char) ?? size * 0.6;
  return width;
}

/** Breaks `text` at spaces into at most `maxLines` lines no wider than `width`; a cut text ends in "…". */
export function wrap(text: string, weight: Weight, size: number, width: number, maxLines: number): string[] {
  const fits = (line: string) => measure(line, weight, size) <= width;
  const shorten = (line: string) => {
    let cut = line;
    while (cut.length > 1 && !fits(`${cut}…`)) cut = cut.slice(0, -1);
    // End on a whole word unless that would give away more than a third of the line.
    const space = cut.lastIndexOf(' ');
    if (space > (cut.length * 2) / 3) cut = cut.slice(0, space);
    return `${cut.replace(/[\s.,;:–—-]+$/, '')}…`;
  };
  const lines: string[] = [];
  let line = '';
  const words = text.split(/\s+/).filter(Boolean);
  for (const [i, word] of words.entries()) {
    const next = line ? `${line} ${word}` : word;
    if (fits(next)) {
      line = next;
      continue;
    }
    if (line) lines.push(line);
    line = word;
    if (lines.length === maxLines) {
      lines[maxLines - 1] = shorten(`${lines[maxLines - 1]} ${words.slice(i).join(' ')}`);
      return lines;
    }
  }
  if (line) lines.push(fits(line) ? line : shorten(line));
  return lines.slice(0, maxLines);
}

export function layoutCard(card: CardText): Run[] {
  const { width, height, margin } = CARD;
  const usable = width - 2 * margin;
  const titleSize = card.title.length > 90 ? 50 : 60;
  const runs: Run[] = [
    { text: card.site, weight: 'bold', size: 32, ink: 'accent', x: margin, y: 120 },
    { text: card.kind, weight: 'regular', size: 28, ink: 'muted', x: width - margin - measure(card.kind, 'regular', 28), y: 120 },
  ];
  const rtl = RTL_FIRST.test(card.title);
  wrap(card.title, 'bold', titleSize, usable, 4).forEach((line, i) =>
    runs.push({
      text: line,
      weight: 'bold',
      size: titleSize,
      ink: 'title',
      x: rtl ? width - margin : margin,
      y: 210 + Math.round(i * titleSize * 1.2),
      ...(rtl ? { anchor: 'end' as const } : {}),
    }),
  );
  const facts = wrap(card.facts.filter(Boolean).join(' · '), 'regular', 28, usable, 1)[0];
  if (facts) runs.push({ text: facts, weight: 'regular', size: 28, ink: 'facts', x: margin, y: height - margin });
  return runs.map((r) => ({ ...r, x: Math.round(r.x) }));
}
