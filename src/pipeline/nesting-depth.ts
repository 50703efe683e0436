// How deeply an editor's Markdown nests, measured before any parser sees it. CommonMark parsers and the
// MDX serialiser recurse, and some of their work grows faster than the nesting (a 400-level list took
// mdast-util-from-markdown 6 s; 2,000 nested <em> overflowed the stack), so nesting past MAX_NESTING is
// refused with a positioned error before parsing: no article needs it, and the work stays linear in the text.
// The scan is one pass over the characters; `steps` counts them, so tests can hold the bound.
import { fenceTracker } from './code-fences.ts';

/** Lists, quotations and formatting nested deeper than this are refused; real articles nest a few levels. */
export const MAX_NESTING = 32;

export interface Nesting {
  /** The deepest nesting seen (up to the first place past the limit). */
  depth: number;
  /** The first place (1-based, in the text) where the nesting passes MAX_NESTING, or null. */
  over: { line: number; column: number; what: string } | null;
  /** Characters visited: at most the length of the text. */
  steps: number;
}

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

export function measureNesting(text: string, limit = MAX_NESTING): Nesting {
  const result: Nesting = { depth: 0, over: null, steps: 0 };
  const lines = text.split('\n');
  /** Content columns of the open list items, as CommonMark tracks them. */
  const items: number[] = [];
  let tags: string[] = [];
  let brackets = 0;
  const inFence = fenceTracker();
  const deeper = (depth: number, line: number, column: number, what: string): boolean => {
    result.depth = Math.max(result.depth, depth);
    if (depth > limit && !result.over) result.over = { line, column, what };
    return result.over !== null;
  };
  for (let n = 0; n < lines.length && !result.over; n++) {
    const line = lines[n]!;
    result.steps += line.length + 1;
    if (inFence(line)) continue;
    if (line.trim() === '') {
      // Inline markup never spans a blank line; list items stay open across it.
      tags = [];
      brackets = 0;
      continue;
    }
    // Block containers: quotation marks and list markers at the start of the line, over the open items.
    let col = 0;
    let quotes = 0;
    let i = 0;
    const indentAt = (): void => {
      while (i < line.length && (line[i] === ' ' || line[i] === '\t')) {
        col += line[i] === '\t' ? 4 - (col % 4) : 1;
        i++;
      }
    };
    indentAt();
    while (items.length > 0 && items.at(-1)! > col) items.pop();
    for (;;) {
      if (line[i] === '>') {
        quotes++;
        if (deeper(items.length + quotes, n + 1, i + 1, 'lists or quotations')) break;
        i++;
        col++;
        indentAt();
        continue;
      }
      const marker = /^(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$)/.exec(line.slice(i, i + 11));
      if (!marker) break;
      i += marker[0].length;
      col += marker[0].length;
      const before = col;
      indentAt();
      items.push(col > before ? col : before + 1);
      if (deeper(items.length + quotes, n + 1, i, 'lists or quotations')) break;
    }
    if (result.over) break;
    // Inline nesting: HTML elements, link brackets and runs of emphasis marks.
    for (let c = i; c < line.length && !result.over; c++) {
      const ch = line[c]!;
      if (ch === '<') {
        const tag = /^<(\/?)([a-zA-Z][a-zA-Z0-9-]*)[^<>]*?(\/?)>/.exec(line.slice(c, c + 200));
        if (!tag) continue;
        const name = tag[2]!.toLowerCase();
        if (tag[1]) {
          const at = tags.lastIndexOf(name);
          if (at >= 0) tags.length = at;
        } else if (!tag[3] && !VOID.has(name)) {
          tags.push(name);
          deeper(tags.length + brackets, n + 1, c + 1, 'HTML elements');
        }
        c += tag[0].length - 1;
      } else if (ch === '[') {
        brackets++;
        deeper(tags.length + brackets, n + 1, c + 1, 'links or brackets');
      } else if (ch === ']' && brackets > 0) brackets--;
      else if (ch === '*' || ch === '_') {
        let run = 1;
        while (line[c + run] === ch) run++;
        // A run of n marks opens up to n/2 nested emphasis and strong elements.
        deeper(Math.ceil(run / 2) + tags.length, n + 1, c + 1, 'emphasis marks');
        c += run - 1;
      }
    }
  }
  return result;
}
