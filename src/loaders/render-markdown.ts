// Editors' Markdown that is not an article (a topic's introduction) to HTML, safely: parsed as CommonMark
// (no MDX), raw HTML left out, and the result sanitised to GitHub's allow-list (no script, event handler or
// javascript: link). Used instead of Astro's Markdown processor, which passes raw HTML through.
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toHast } from 'mdast-util-to-hast';
import { toHtml } from 'hast-util-to-html';
import { sanitize } from 'hast-util-sanitize';
import type { Root as HastRoot } from 'hast';

export function renderMarkdown(markdown: string): string {
  // Without `allowDangerousHtml`, mdast-util-to-hast drops raw HTML nodes.
  const hast = toHast(fromMarkdown(markdown)) as HastRoot;
  return toHtml(sanitize(hast) as HastRoot);
}
