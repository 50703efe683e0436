// Raw HTML inside an editor's Markdown, reduced to what an article may carry: emphasis, strong, http(s) links
// and text. Everything else is removed; what could run code (scripts, frames, event handlers, javascript:
// URLs) is removed and reported. Parsed with hast-util-from-html (parse5), never with regexes.
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import type { Element, Nodes } from 'hast';

export type HtmlToken =
  | { type: 'text'; value: string }
  | { type: 'open'; kind: 'emphasis' | 'strong' }
  | { type: 'open'; kind: 'link'; href: string }
  | { type: 'close'; kind: 'emphasis' | 'strong' | 'link' };

export interface HtmlProblem {
  reason: string;
  ruleId: 'unsafe-html' | 'unsafe-link' | 'unsupported-html' | 'mdx-syntax';
  /** 1-based, relative to the start of the HTML. */
  line: number;
  column: number;
  fatal?: boolean;
}

export interface ReadHtml {
  tokens: HtmlToken[];
  problems: HtmlProblem[];
  /** An opening tag whose content is code: the caller drops what follows until the tag closes. */
  dropUntilClose: string | null;
  /** Text removed with its element or comment, for the article's record of what was removed, and why. */
  dropped: Array<{ text: string; why: string }>;
}

const RUNS_CODE = new Set(['script', 'iframe', 'frame', 'object', 'embed', 'applet', 'frameset', 'base', 'meta', 'link', 'form', 'svg', 'math']);
const DROP_CONTENT = new Set([...RUNS_CODE, 'style', 'template', 'noscript', 'textarea', 'select', 'title']);
const FORMAT: Record<string, 'emphasis' | 'strong'> = { em: 'emphasis', i: 'emphasis', strong: 'strong', b: 'strong' };
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formAction', 'xLinkHref', 'srcSet', 'poster', 'data']);
/** Tags whose only effect is layout: removed without a word, their text kept. */
const QUIET = new Set(['p', 'div', 'span', 'br', 'u', 's', 'sub', 'sup', 'small', 'mark', 'cite', 'q', 'blockquote', 'abbr', 'time']);

export function isSafeUrl(url: string): boolean {
  return /^(?:https?:\/\/|mailto:)/i.test(url.trim());
}

export function readHtml(html: string): ReadHtml {
  const result: ReadHtml = { tokens: [], problems: [], dropUntilClose: null, dropped: [] };
  const close = /^<\/\s*([a-z][a-z0-9-]*)\s*>$/i.exec(html.trim());
  if (close) {
    const kind = close[1]!.toLowerCase() === 'a' ? 'link' : FORMAT[close[1]!.toLowerCase()];
    if (kind) result.tokens.push({ type: 'close', kind });
    return result;
  }
  const component = /^<([A-Z][\w.]*)/.exec(html.trim());
  if (component) {
    result.problems.push({
      reason: `components such as <${component[1]}> do not run in articles: it was removed (write plain Markdown)`,
      ruleId: 'mdx-syntax',
      line: 1,
      column: 1,
    });
  }
  const tree = fromHtml(html, { fragment: true });
  const only = tree.children.length === 1 ? tree.children[0] : undefined;
  if (only?.type === 'element' && only.children.length === 0 && !/<\//.test(html) && (FORMAT[only.tagName] || only.tagName === 'a')) {
    // An inline opening tag alone ("<em>"): its text and closing tag follow in later nodes.
    walk(only, result);
    result.tokens.pop();
    return result;
  }
  for (const child of tree.children) walk(child, result);
  // A lone opening tag ("<script>" inline) has no children yet: its content follows in later nodes.
  const last = tree.children.at(-1);
  if (last?.type === 'element' && DROP_CONTENT.has(last.tagName) && !/<\/\s*[a-z]/i.test(html)) result.dropUntilClose = last.tagName;
  return result;
}

function walk(node: Nodes, out: ReadHtml): void {
  if (node.type === 'text') {
    out.tokens.push({ type: 'text', value: node.value });
    return;
  }
  // A comment (parse5 also reads <?…?> and <![CDATA[…]]> as comments) is not shown: it is recorded.
  if (node.type === 'comment') {
    if (node.value.trim() !== '') out.dropped.push({ text: node.value, why: 'html-comment' });
    return;
  }
  if (node.type !== 'element') return;
  const place = { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
  const reported = out.problems.length;
  checkAttributes(node, out, place);
  // One message per element: an unsafe attribute, or a component, already says it was removed.
  const said = out.problems.length > reported || (out.problems.at(-1)?.ruleId === 'mdx-syntax' && place.line === 1 && place.column === 1);
  const tag = node.tagName;
  if (DROP_CONTENT.has(tag)) {
    const runs = RUNS_CODE.has(tag);
    const text = toString(node);
    if (text.trim() !== '') out.dropped.push({ text, why: `html-${tag}` });
    out.problems.push({
      reason: runs
        ? `<${tag}> can run code and is not allowed: it was removed with its content`
        : `<${tag}> is not allowed: it was removed with its content`,
      ruleId: runs ? 'unsafe-html' : 'unsupported-html',
      ...place,
    });
    return;
  }
  const format = FORMAT[tag];
  const href = tag === 'a' && typeof node.properties.href === 'string' && isSafeUrl(node.properties.href) ? node.properties.href : null;
  if (format) out.tokens.push({ type: 'open', kind: format });
  if (href) out.tokens.push({ type: 'open', kind: 'link', href });
  if (tag === 'br') out.tokens.push({ type: 'text', value: ' ' });
  if (!format && !href && tag !== 'a' && !QUIET.has(tag) && !said) {
    out.problems.push({ reason: `HTML <${tag}> is not kept in articles: it was removed, its text kept`, ruleId: 'unsupported-html', ...place });
  }
  for (const child of node.children) walk(child, out);
  if (href) out.tokens.push({ type: 'close', kind: 'link' });
  if (format) out.tokens.push({ type: 'close', kind: format });
}

function checkAttributes(node: Element, out: ReadHtml, place: { line: number; column: number }): void {
  for (const [name, value] of Object.entries(node.properties)) {
    if (/^on/i.test(name)) {
      out.problems.push({ reason: `the attribute ${name.toLowerCase()} on <${node.tagName}> runs code and is not allowed: it was removed`, ruleId: 'unsafe-html', ...place });
    } else if (URL_ATTRIBUTES.has(name) && /^\s*(?:javascript|vbscript|data):/i.test(String(value))) {
      out.problems.push({ reason: `the link ${JSON.stringify(String(value).slice(0, 40))} runs code and is not allowed: only http(s) links are kept`, ruleId: 'unsafe-link', ...place });
    }
  }
}
