// What a reader must find of an input file on its built page, computed from the input alone: for a raw .txt,
// every non-empty line; for an editor's .md, the text of every paragraph and heading as CommonMark reads it
// (raw HTML aside: unsafe markup is removed by design and reported). Whitespace is collapsed in both, since
// hard wraps are joined and HTML reflows.
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { Nodes, PhrasingContent } from 'mdast';
import { decode } from '../../../src/pipeline/decode.ts';
import { splitFrontMatter } from '../../../src/pipeline/split-front-matter.ts';

export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Text without any whitespace, for comparing an input with a page: a page may add a space where annotations
 * meet the text (a claim's label after "al-Assad,the"), and no whitespace is text a reader could lose.
 */
export function compact(text: string): string {
  return text.replace(/\s+/g, '');
}

/** The units of text of one input file, each of which must be on the page or recorded as removed. */
export function sourceUnits(bytes: Uint8Array, file: string): string[] {
  const { text } = decode(bytes);
  if (!file.endsWith('.md')) return text.split('\n').map(squash).filter(Boolean);
  // Private-use characters U+E000–U+E7FF carry formatting inside the pipeline; an editor's own are removed
  // with a positioned warning (parse-markdown.ts), so they are not owed to the page.
  const tree = fromMarkdown(splitFrontMatter(text).body.replace(/[\ue000-\ue7ff]/gu, ''));
  const units: string[] = [];
  visit(tree, (node: Nodes) => {
    if (node.type !== 'paragraph' && node.type !== 'heading') return;
    const unit = squash(textOutsideCode(node.children));
    if (unit) units.push(unit);
    return 'skip';
  });
  return units;
}

const BREAKING_TAG = /^<\/?(?:address|article|aside|blockquote|br|dd|details|div|dl|dt|figcaption|figure|footer|h[1-6]|header|hr|img|li|main|nav|ol|p|pre|section|table|td|th|tr|ul)\b[^>]*>$/i;

/** The text of inline content less raw HTML tags and what a <script> or <style> element holds. */
function textOutsideCode(children: PhrasingContent[]): string {
  let inside: string | null = null;
  const text = (nodes: PhrasingContent[]): string => {
    let out = '';
    for (const node of nodes) {
      if (node.type === 'html') {
        const tag = node.value.trim();
        const open = /^<(script|style)\b[^>]*>$/i.exec(tag);
        if (inside && new RegExp(`^</${inside}\\s*>$`, 'i').test(tag)) inside = null;
        else if (open && !inside) inside = open[1]!.toLowerCase();
        // A line break or block tag separates the words around it; phrasing and unknown tags do not.
        else if (!inside && BREAKING_TAG.test(tag)) out += ' ';
      } else if (inside) continue;
      else if (node.type === 'break') out += ' ';
      else if ('children' in node) out += text(node.children as PhrasingContent[]);
      else out += toString(node);
    }
    return out;
  };
  return text(children);
}

/**
 * The part of a unit the page must show: the unit less what `removed` accounts for (a whole removed line, or
 * removed prefixes such as a dateline cut from the front of a line). Empty when all of it was removed.
 */
export function mustShow(unit: string, removed: string[]): string {
  // Longest first: a removed line "© 2022, GDC…" must not be taken for the removed line "©" and a rest.
  const cuts = removed.map(squash).filter(Boolean).sort((a, b) => b.length - a.length);
  let rest = unit;
  for (let changed = true; changed && rest; ) {
    changed = false;
    for (const cut of cuts) {
      // A removed prefix ends at a word boundary: "level 1" does not account for "level 12".
      const boundary = rest.length === cut.length || /\W/u.test(cut.at(-1)!) || /[\s\p{P}]/u.test(rest[cut.length]!);
      if (rest.startsWith(cut) && boundary) {
        rest = squash(rest.slice(cut.length));
        changed = true;
      }
    }
  }
  return rest;
}
