// Sub-results that jump to the paragraph holding the hit. Pagefind only splits results on headings, and an
// article's sections are its paragraphs (anchored `#p<N>`), so we group the hit words of a result by the
// paragraph they fall in and cut an excerpt from each. Pure: takes Pagefind's fragment data.
export interface ParagraphHit {
  /** The paragraph's element id, the URL fragment to jump to. */
  id: string;
  hits: number;
  /** HTML: escaped text with the hit words in <mark>. */
  excerpt: string;
}

export interface HitSource {
  content: string;
  anchors: { id: string; location: number }[];
  locations: number[];
}

const PARAGRAPH_ID = /^p\d+$/;
const WORD_SEPARATORS = /[^\S\uFEFF]+/;

/** The paragraphs with the most hits (at most `max`), in reading order. */
export function paragraphHits(source: HitSource, { max = 3, length = 24, ellipsis = '…' } = {}): ParagraphHit[] {
  const words = source.content.split(WORD_SEPARATORS).map(escapeHtml);
  const anchors = source.anchors.filter((a) => PARAGRAPH_ID.test(a.id)).sort((a, b) => a.location - b.location);
  const hitsByAnchor = new Map<number, number[]>();
  for (const location of [...new Set(source.locations)].sort((a, b) => a - b)) {
    const index = lastAtOrBefore(anchors, location);
    if (index < 0) continue; // a hit in the title or summary, before the first paragraph
    hitsByAnchor.set(index, [...(hitsByAnchor.get(index) ?? []), location]);
  }
  const best = [...hitsByAnchor.entries()]
    .sort(([a, hitsA], [b, hitsB]) => hitsB.length - hitsA.length || a - b)
    .slice(0, max)
    .sort(([a], [b]) => a - b);
  return best.map(([index, hits]) => {
    const start = anchors[index]!.location;
    const end = anchors[index + 1]?.location ?? words.length;
    return { id: anchors[index]!.id, hits: hits.length, excerpt: excerpt(words, start, end, hits, length, ellipsis) };
  });
}

/** `length` words of [start, end) around the first hit, hits marked, ellipses where the paragraph is cut. */
function excerpt(words: string[], start: number, end: number, hits: number[], length: number, ellipsis: string): string {
  const first = hits[0] ?? start;
  const from = Math.max(start, Math.min(first - Math.floor(length / 3), end - length));
  const to = Math.min(end, from + length);
  const marked = new Set(hits);
  const text = words
    .slice(from, to)
    .map((word, i) => (marked.has(from + i) ? `<mark>${word}</mark>` : word))
    .join(' ');
  return `${from > start ? `${ellipsis} ` : ''}${text}${to < end ? ` ${ellipsis}` : ''}`;
}

function lastAtOrBefore(anchors: { location: number }[], location: number): number {
  let found = -1;
  for (let i = 0; i < anchors.length && anchors[i]!.location <= location; i++) found = i;
  return found;
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
