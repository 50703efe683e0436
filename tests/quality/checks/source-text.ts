// What a reader must find of an input file on its built page, computed from the input alone: for a raw .txt,
// every non-empty line; for an editor's .md, the text of every paragraph and heading as CommonMark reads it,
// and of every HTML block, comment, processing instruction and hidden element (their text is removed by
// design, and must then be in the article's `removed`). Whitespace is collapsed in both, since
// hard wraps are joined and HTML reflows.
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { Nodes, PhrasingContent } from 'mdast';
import type { Nodes as HastNodes } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString as hastToString } from 'hast-util-to-string';
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
  const units: string[] = [];
  markdownUnits(splitFrontMatter(text).body.replace(/[\ue000-\ue7ff]/gu, ''), (unit) => {
    const clean = squash(unit);
    if (clean) units.push(clean);
  });
  return units;
}

/** HTML-block openers that run to their end marker, with that marker (CommonMark kinds 1 to 5). */
const OPENERS: Array<[RegExp, RegExp]> = [
  [/^\s*<(script|pre|style|textarea)(?=[\s>]|$)/i, /<\/(script|pre|style|textarea)>/i],
  [/^\s*<!--/, /-->/],
  [/^\s*<\?/, /\?>/],
  [/^\s*<!\[CDATA\[/, /\]\]>/],
  [/^\s*<![A-Za-z]/, />/],
];

function markdownUnits(markdown: string, push: (unit: string) => void): void {
  visit(fromMarkdown(markdown), (node: Nodes) => {
    // An HTML block (CommonMark runs a comment, <?…?>, <![CDATA[ or <script> block to its end marker, or to
    // the end of the file) owes its text too: what HTML shows to the page, what it hides (comments, the
    // content of removed elements) to the page or to `removed`. One that never closes is owed as Markdown
    // whose opener is literal text (as if written `\<!--`).
    if (node.type === 'html') {
      const opener = OPENERS.find(([open]) => open.test(node.value));
      if (opener && !opener[1].test(node.value.slice(node.value.search(/</) + 2))) markdownUnits(`\\${node.value.trimStart()}`, push);
      else htmlUnits(node.value, push);
      return 'skip';
    }
    if (node.type !== 'paragraph' && node.type !== 'heading') return;
    const dropped: string[] = [];
    push(textOutsideCode(node.children, dropped));
    dropped.forEach(push);
    return 'skip';
  });
}

/** Elements whose content an article never shows: raw text, templates, and what could run code. */
const HIDDEN = new Set(['script', 'style', 'textarea', 'title', 'noscript', 'template', 'svg', 'math', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'form', 'select', 'base', 'meta', 'link']);

function htmlUnits(html: string, push: (unit: string) => void): void {
  let shown = '';
  const walk = (node: HastNodes): void => {
    if (node.type === 'text') shown += node.value;
    else if (node.type === 'comment') push(node.value);
    else if (node.type === 'element' && HIDDEN.has(node.tagName)) push(hastToString(node));
    else if ('children' in node) {
      for (const child of node.children) walk(child as HastNodes);
      if (node.type === 'element') shown += ' ';
    }
  };
  walk(fromHtml(html, { fragment: true }));
  push(shown);
}

const BREAKING_TAG = /^<\/?(?:address|article|aside|blockquote|br|dd|details|div|dl|dt|figcaption|figure|footer|h[1-6]|header|hr|img|li|main|nav|ol|p|pre|section|table|td|th|tr|ul)\b[^>]*>$/i;

/**
 * The text of inline content less raw HTML tags and what a hidden element holds (its text goes to `dropped`:
 * the page owes it to `removed`); an element counts as hidden only when it closes in the same block, as
 * HTML inside a paragraph ends with the paragraph.
 */
function textOutsideCode(children: PhrasingContent[], dropped: string[]): string {
  let inside: string | null = null;
  let hidden = '';
  const closes = new Set<string>();
  visit({ type: 'paragraph', children } as Nodes, 'html', (node: { value: string }) => {
    const close = /^<\/([a-z]+)\s*>$/i.exec(node.value.trim());
    if (close) closes.add(close[1]!.toLowerCase());
  });
  const text = (nodes: PhrasingContent[]): string => {
    let out = '';
    for (const node of nodes) {
      if (node.type === 'html') {
        const tag = node.value.trim();
        const open = /^<([a-z]+)\b[^>]*>$/i.exec(tag);
        const name = open?.[1]?.toLowerCase();
        if (inside && new RegExp(`^</${inside}\\s*>$`, 'i').test(tag)) {
          dropped.push(hidden);
          inside = null;
          hidden = '';
        } else if (name && HIDDEN.has(name) && closes.has(name) && !inside) inside = name;
        else if (!inside && /^<!--/.test(tag)) dropped.push(tag.replace(/^<!--|-->$/g, ''));
        // A line break or block tag separates the words around it; phrasing and unknown tags do not.
        else if (!inside && BREAKING_TAG.test(tag)) out += ' ';
      } else if (inside) hidden += 'children' in node ? toString(node) : toString(node);
      else if (node.type === 'break') out += ' ';
      else if ('children' in node) out += text(node.children as PhrasingContent[]);
      else out += toString(node);
    }
    return out;
  };
  const out = text(children);
  if (inside) dropped.push(hidden);
  return out;
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
