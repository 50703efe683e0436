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

/** The units of text of one input file, each of which must be on the page or recorded as removed. */
export function sourceUnits(bytes: Uint8Array, file: string): string[] {
  const { text } = decode(bytes);
  if (!file.endsWith('.md')) return text.split('\n').map(squash).filter(Boolean);
  const tree = fromMarkdown(splitFrontMatter(text).body);
  const units: string[] = [];
  visit(tree, (node: Nodes) => {
    if (node.type !== 'paragraph' && node.type !== 'heading') return;
    const unit = squash(textOutsideCode(node.children));
    if (unit) units.push(unit);
    return 'skip';
  });
  return units;
}

/** The text of inline content less raw HTML tags and what a <script> or <style> element holds. */
function textOutsideCode(children: PhrasingContent[]): string {
  let out = '';
  let inside: string | null = null;
  for (const child of children) {
    if (child.type === 'html') {
      const open = /^<(script|style)\b[^>]*>$/i.exec(child.value.trim());
      if (inside && new RegExp(`^</${inside}\\s*>$`, 'i').test(child.value.trim())) inside = null;
      else if (open && !inside) inside = open[1]!.toLowerCase();
    } else if (!inside) out += toString(child);
  }
  return out;
}

/**
 * The part of a unit the page must show: the unit less what `removed` accounts for (a whole removed line, or
 * removed prefixes such as a dateline cut from the front of a line). Empty when all of it was removed.
 */
export function mustShow(unit: string, removed: string[]): string {
  let rest = unit;
  for (let changed = true; changed && rest; ) {
    changed = false;
    for (const r of removed) {
      const cut = squash(r);
      // A removed prefix ends at a word boundary: "level 1" does not account for "level 12".
      const boundary = rest.length === cut.length || /\W/u.test(cut.at(-1)!) || /[\s\p{P}]/u.test(rest[cut.length]!);
      if (cut && rest.startsWith(cut) && boundary) {
        rest = squash(rest.slice(cut.length));
        changed = true;
      }
    }
  }
  return rest;
}
