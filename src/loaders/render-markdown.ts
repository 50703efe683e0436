// Editors' Markdown that is not an article (a topic's introduction) to HTML, safely, as a unified pipeline:
// remark-parse (CommonMark, no MDX), remark-rehype (raw HTML left out: no `allowDangerousHtml`),
// rehype-sanitize (GitHub's allow-list: no script, event handler or javascript: link), rehype-stringify.
// Used instead of Astro's Markdown processor, which passes raw HTML through. Frozen once: every intro reuses it.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';

const processor = unified().use(remarkParse).use(remarkRehype).use(rehypeSanitize).use(rehypeStringify).freeze();

export function renderMarkdown(markdown: string): string {
  return String(processor.processSync(markdown));
}
