// What a reader must find of an input file on its built page, computed from the input alone: for a raw .txt,
// every non-empty line; for an editor's .md, the text of every paragraph and heading as CommonMark reads it
// (raw HTML aside: unsafe markup is removed by design and reported). Whitespace is collapsed in both, since
// hard wraps are joined and HTML reflows.
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { Nodes } from 'mdast';
import { decode } from '../../src/pipeline/decode.ts';
import { splitFrontMatter } from '../../src/pipeline/split-front-matter.ts';

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
    const withoutHtml = { ...node, children: node.children.filter((c) => c.type !== 'html') } as Nodes;
    const unit = squash(toString(withoutHtml));
    if (unit) units.push(unit);
    return 'skip';
  });
  return units;
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
      if (cut && rest.startsWith(cut)) {
        rest = squash(rest.slice(cut.length));
        changed = true;
      }
    }
  }
  return rest;
}
