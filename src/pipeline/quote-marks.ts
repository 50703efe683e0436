// Quoted stretches of a block, in curly or straight double quotes, and the sentence bounds that ignore full
// stops inside them. A quotation left open at the end of a block runs to the end of the block (the next
// paragraph then opens with a new quotation mark, as in long multi-paragraph quotes).
import { ABBREVIATIONS } from './split-sentences.ts';

export interface QuoteRange {
  /** Offset of the opening mark. */
  start: number;
  /** Offset just after the closing mark (or the block's end when the quotation is left open). */
  end: number;
  /** The words inside the marks, trimmed of the comma that precedes an attribution. */
  inner: string;
}

/**
 * Opening double marks and the marks that close them: curly, guillemets as translated wire copy uses them,
 * and the low German mark „ that pages close with “ or ”. Pages mix marks ("…”, “…"): a straight mark closes
 * a curly one (unless a curly close follows, the straight pair being nested) and a curly close a straight one.
 */
const CLOSES: Record<string, string> = { '“': '”"', '«': '»', '„': '“”"' };

export function quoteRanges(text: string): QuoteRange[] {
  const ranges: QuoteRange[] = [];
  let open: number | null = null;
  let straight: number | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c in CLOSES && open === null && straight === null) open = i;
    else if (open !== null && closes(text, open, i)) {
      ranges.push(range(text, open, i + 1));
      open = null;
    } else if ((c === '"' || (c === '”' && straight !== null)) && open === null) {
      if (straight === null) straight = i;
      else {
        ranges.push(range(text, straight, i + 1));
        straight = null;
      }
    } else if (c === '”' && open === null && straight === null && /[,.!?…]\s*$/u.test(text.slice(0, i))) {
      // A closing mark with no opening one after end punctuation ("…at the scene, ”he said"): the quotation
      // began with the paragraph, its opening mark lost or left in the paragraph before.
      const inside = (r: QuoteRange): boolean => r.end <= i;
      ranges.splice(0, ranges.length, ...ranges.filter((r) => !inside(r)));
      ranges.push({ start: 0, end: i + 1, inner: text.slice(0, i).trim().replace(/,$/, '').trim() });
    }
  }
  const unclosed = open ?? straight;
  if (unclosed !== null) ranges.push(range(text, unclosed, text.length));
  return withSingleQuotes(text, ranges);
}

/** Whether the mark at i closes the quotation opened at `open`. */
function closes(text: string, open: number, i: number): boolean {
  const c = text[i]!;
  const marks = CLOSES[text[open]!]!;
  if (!marks.includes(c)) {
    // “…“ with the opening mark typed twice: closes after end punctuation, before a space or the end.
    return c === text[open] && c === '“' && /[,.!?…]$/u.test(text.slice(0, i)) && /^(?:\s|$)/u.test(text.slice(i + 1));
  }
  if (c !== '"') return true;
  // A straight mark inside a curly quotation is a nested pair when a curly close still follows.
  const next = text.indexOf(marks[0]!, i + 1);
  const reopen = text.indexOf(text[open]!, i + 1);
  return next < 0 || (reopen >= 0 && reopen < next);
}

/**
 * Quotations in single marks, as British outlets write them: ‘…’ or '…' opening after a space or a bracket
 * and closing before a space or punctuation, never inside a word ("Iran’s", "allies' jets"); a straight
 * pair must also close on punctuation, inside or just outside the mark ('We will not,' he said). Single
 * marks inside a double-quoted stretch are a quotation within it, not one of their own.
 */
const SINGLE = [
  /(?<=^|[\s(\[—–-])‘((?:[^‘’]|’(?=\p{L}))+?)’(?![\p{L}\p{N}])/gu,
  /(?<=^|[\s(\[—–-])'(?=[\p{Lu}\p{N}])((?:[^']|'(?=\p{L}))+?)'(?:(?<=[.,!?;:]')|(?=[.,!?;:](?:\s|$)))(?![\p{L}\p{N}])/gu,
];

function withSingleQuotes(text: string, doubles: QuoteRange[]): QuoteRange[] {
  if (!text.includes("'") && !text.includes('‘')) return doubles;
  const singles: QuoteRange[] = [];
  for (const re of SINGLE) {
    for (const m of text.matchAll(re)) {
      const start = m.index;
      const end = start + m[0].length;
      const overlaps = (r: QuoteRange): boolean => r.start < end && start < r.end;
      if (!doubles.some(overlaps) && !singles.some(overlaps)) singles.push(range(text, start, end));
    }
  }
  return singles.length === 0 ? doubles : [...doubles, ...singles].sort((a, b) => a.start - b.start);
}

function range(text: string, start: number, end: number): QuoteRange {
  const closed = end <= text.length && /[”"»’'“]/.test(text[end - 1] ?? '') && end - 1 > start;
  const inner = text
    .slice(start + 1, closed ? end - 1 : end)
    .trim()
    .replace(/,$/, '')
    .trim();
  return { start, end, inner };
}

export function wordsIn(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/**
 * Sentence ends (offsets just after the end punctuation, or after a closing quotation mark that follows it)
 * outside quotations. A full stop after an abbreviation or an initial ("Gen.", "U.S.", "J.") ends nothing.
 */
export function sentenceEnds(text: string, quotes: QuoteRange[]): number[] {
  const ends: number[] = [];
  const inside = (i: number): QuoteRange | undefined => quotes.find((q) => q.start < i && i < q.end - 1);
  const boundary = /[.!?…]+(?=["”’)\]]*\s+["“‘(]?[\p{Lu}\d])/gu;
  for (const m of text.matchAll(boundary)) {
    let end = m.index + m[0].length;
    const q = inside(m.index);
    // A quotation ending in a full stop ends its sentence too ("… in Syria.” Next sentence).
    if (q) {
      if (q.end !== end + 1) continue;
      end = q.end;
    } else {
      while (/["”’)\]]/.test(text[end] ?? '')) end++;
    }
    const word = text.slice(text.lastIndexOf(' ', m.index - 1) + 1, m.index);
    if (m[0] === '.' && (/^\p{Lu}$/u.test(word) || /^(?:\p{L}\.)+\p{L}$/u.test(word) || ABBREVIATIONS.has(word.toLowerCase()))) continue;
    ends.push(end);
  }
  ends.push(text.length);
  return ends;
}

