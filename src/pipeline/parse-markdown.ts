// An editor's Markdown body (content/articles/*.md), parsed by unified's remark-parse (CommonMark, no
// MDX: `{…}`, `import` and `<Component>` are text or HTML, never code) and reduced to what an article
// carries: paragraphs of text with emphasis, strong and http(s) links. Each Markdown block is written on the
// source line where it starts (its other lines left blank), so line numbers hold and the cleaning and
// segmenting steps that follow see one line per block; formatting rides along as marks (format-marks.ts).
// Raw HTML is reduced by markdown-html.ts. Whatever could run code is removed and reported at its position:
// a warning here, so the page still builds with its text, and an error for `npm run check`.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { Definition, Html, Nodes, PhrasingContent, Root, RootContent } from 'mdast';
import { visit } from 'unist-util-visit';
import { toString } from 'mdast-util-to-string';
import { isSafeUrl, readHtml, type HtmlProblem } from './markdown-html.ts';
import { linkOpen, MARK, MAX_LINKS, stripMarks } from './format-marks.ts';
import type { Draft } from './types.ts';

type Place = { line: number; column: number };

interface State {
  draft: Draft;
  lines: string[];
  links: string[];
  blockStarts: number[];
  definitions: Map<string, Definition>;
  /** Set while inside raw HTML whose content is code (`<script>` … `</script>` across inline nodes). */
  dropping: string | null;
  /** Inline HTML nodes that open such an element and whose closing tag follows in the same block. */
  closed: Set<Nodes>;
  /** Text dropped while `dropping`, recorded in `removed` when the element closes. */
  droppedText: string;
  droppedLine: number;
}

/** The text given may have been prepared by a pre-parse step (draft.text is whatever the steps before left). */
const parser = unified().use(remarkParse).freeze();

const ESM = /^(?:import|export)\s+(?:[\w*{]|default\b)/;
const EXPRESSION = /\{[^{}\n]*\}/;

export function parseMarkdown(draft: Draft): void {
  if (!draft.sourceFile.endsWith('.md')) return;
  warnPrivateUse(draft);
  const tree = parser.parse(draft.text);
  const state: State = {
    draft,
    lines: draft.text.split('\n').map(() => ''),
    links: [],
    blockStarts: [],
    definitions: new Map(),
    dropping: null,
    closed: new Set(),
    droppedText: '',
    droppedLine: 0,
  };
  collectDefinitions(tree, state);
  for (const node of tree.children) block(node, state);
  draft.text = state.lines.join('\n');
  draft.markdown = { blockStarts: state.blockStarts, links: state.links };
}

function block(node: RootContent, state: State): void {
  switch (node.type) {
    case 'paragraph':
    case 'heading': {
      const only = node.children.length === 1 ? node.children[0]! : null;
      // A block wholly in bold or italics is a display choice, not emphasis inside a text.
      const children = only && (only.type === 'strong' || only.type === 'emphasis') ? only.children : node.children;
      if (node.type === 'paragraph') checkMdxText(node.children, state);
      state.closed = closedElements(node);
      write(node, children.map((c) => inline(c, state)).join(''), state);
      if (state.dropping) record(state, state.droppedText, `html-${state.dropping}`, state.droppedLine);
      state.dropping = null;
      state.droppedText = '';
      return;
    }
    case 'code':
      write(node, stripMarks(node.value).replace(/\s*\n\s*/g, ' '), state);
      return;
    case 'html':
      write(node, htmlText(node, state), state);
      return;
    case 'blockquote':
    case 'list':
    case 'listItem':
      for (const child of node.children) block(child as RootContent, state);
      return;
    default:
      // Thematic breaks and link definitions carry no text; anything else is read as its text.
      if ('children' in node) for (const child of node.children) block(child as RootContent, state);
  }
}

function write(node: Nodes, text: string, state: State): void {
  const clean = text.replace(/\s+/g, ' ').trim();
  const index = (node.position?.start.line ?? 1) - 1;
  if (clean === '' || stripMarks(clean).trim() === '' || index >= state.lines.length) return;
  // Two blocks rarely start on one line (a heading inside a list item): keep both texts.
  state.lines[index] = state.lines[index] ? `${state.lines[index]} ${clean}` : clean;
  const line = state.draft.firstLine + index;
  if (!state.blockStarts.includes(line)) state.blockStarts.push(line);
}

function inline(node: PhrasingContent, state: State): string {
  if (state.dropping) {
    if (node.type === 'html' && new RegExp(`</\\s*${state.dropping}\\s*>`, 'i').test(node.value)) {
      record(state, state.droppedText, `html-${state.dropping}`, state.droppedLine);
      state.dropping = null;
      state.droppedText = '';
    } else state.droppedText += node.type === 'html' ? '' : toString(node);
    return '';
  }
  switch (node.type) {
    case 'text':
      return stripMarks(node.value);
    case 'inlineCode':
      return stripMarks(node.value);
    case 'break':
      return ' ';
    case 'emphasis':
      return MARK.emphasisOpen + node.children.map((c) => inline(c, state)).join('') + MARK.emphasisClose;
    case 'strong':
      return MARK.strongOpen + node.children.map((c) => inline(c, state)).join('') + MARK.strongClose;
    case 'link':
      return link(node.url, node.children, node, state);
    case 'linkReference': {
      const definition = state.definitions.get(node.identifier);
      if (!definition) return `[${node.children.map((c) => inline(c, state)).join('')}]`;
      return link(definition.url, node.children, node, state);
    }
    case 'image':
    case 'imageReference':
      warn(state, 'images are not shown in articles: the image was removed and its description kept', node, 'unsupported-markdown');
      return stripMarks(node.alt ?? '');
    case 'html':
      return htmlText(node, state);
    default:
      return 'children' in node ? (node.children as PhrasingContent[]).map((c) => inline(c, state)).join('') : '';
  }
}

function link(url: string, children: PhrasingContent[], node: Nodes, state: State): string {
  const text = children.map((c) => inline(c, state)).join('');
  if (!isSafeUrl(url)) {
    const runs = /^\s*(?:javascript|vbscript|data):/i.test(url);
    warn(
      state,
      runs
        ? `the link ${JSON.stringify(url.slice(0, 40))} runs code and is not allowed: it was removed and its text kept`
        : `the link ${JSON.stringify(url.slice(0, 40))} is not a full http(s) address: it was removed and its text kept (write https://…)`,
      node,
      runs ? 'unsafe-link' : 'unsupported-markdown',
    );
    return text;
  }
  if (state.links.length >= MAX_LINKS) return text;
  state.links.push(url);
  return linkOpen(state.links.length - 1) + text + MARK.linkClose;
}

function htmlText(node: Html, state: State): string {
  const read = readHtml(node.value);
  for (const problem of read.problems) report(state, problem, at(node, state));
  // Text after an opening <script> is code only up to its closing tag; with none in the block, it is prose.
  if (read.dropUntilClose && state.closed.has(node)) {
    state.dropping = read.dropUntilClose;
    state.droppedLine = at(node, state).line;
  }
  for (const d of read.dropped) record(state, d.text, d.why, at(node, state).line);
  let out = '';
  for (const token of read.tokens) {
    if (token.type === 'text') out += stripMarks(token.value);
    else if (token.type === 'open' && token.kind === 'link') {
      state.links.push(token.href);
      out += linkOpen(state.links.length - 1);
    } else if (token.type === 'open') out += token.kind === 'emphasis' ? MARK.emphasisOpen : MARK.strongOpen;
    else out += token.kind === 'link' ? MARK.linkClose : token.kind === 'emphasis' ? MARK.emphasisClose : MARK.strongClose;
  }
  return out;
}

/** MDX syntax is shown as text (emit-mdx escapes it); say so, since the editor may have expected it to run. */
function checkMdxText(children: PhrasingContent[], state: State): void {
  const first = children[0];
  if (first?.type === 'text' && ESM.test(first.value)) {
    warn(state, 'MDX `import`/`export` does not run in articles: the line is shown as text; delete it', first, 'mdx-syntax');
  }
  for (const child of children) {
    const match = child.type === 'text' ? EXPRESSION.exec(child.value) : null;
    if (!match || child.type !== 'text') continue;
    // The brace's place, counted in the text (exact unless an escape precedes it on its line).
    const before = child.value.slice(0, match.index);
    const line = before.split('\n').length - 1;
    const start = at(child, state);
    const column = line === 0 ? start.column + before.length : before.length - before.lastIndexOf('\n');
    state.draft.file.message('MDX expressions `{…}` do not run in articles: the braces and their content are shown as text', {
      place: { line: start.line + line, column },
      ruleId: 'mdx-syntax',
      source: 'sitrep',
    });
    return;
  }
}

function closedElements(block: Nodes): Set<Nodes> {
  const html: Html[] = [];
  visit(block, 'html', (node: Html) => {
    html.push(node);
  });
  const closed = new Set<Nodes>();
  html.forEach((node, i) => {
    const tag = /^<\s*([a-z][a-z0-9-]*)/i.exec(node.value.trim())?.[1]?.toLowerCase();
    if (tag && html.slice(i + 1).some((later) => new RegExp(`^</\\s*${tag}\\s*>$`, 'i').test(later.value.trim()))) closed.add(node);
  });
  return closed;
}

function collectDefinitions(tree: Root, state: State): void {
  const visit = (nodes: RootContent[]): void => {
    for (const node of nodes) {
      if (node.type === 'definition') state.definitions.set(node.identifier, node);
      else if ('children' in node && node.type !== 'paragraph' && node.type !== 'heading') visit(node.children as RootContent[]);
    }
  };
  visit(tree.children);
}

/** The marks of format-marks.ts are private-use characters, so the editor's own are removed: say so, once. */
function warnPrivateUse(draft: Draft): void {
  const found = /[\ue000-\ue7ff]/u.exec(draft.text);
  if (!found) return;
  const before = draft.text.slice(0, found.index);
  const line = before.split('\n').length - 1;
  draft.file.message('characters of Unicode\'s private-use area (U+E000–U+E7FF) cannot be shown in articles: they were removed', {
    place: { line: draft.firstLine + line, column: found.index - before.lastIndexOf('\n') },
    ruleId: 'unsupported-markdown',
    source: 'sitrep',
  });
}

/** Text removed with an element or comment goes in the article's record of removed text, with why. */
function record(state: State, text: string, rule: string, line: number): void {
  const clean = stripMarks(text).replace(/\s+/g, ' ').trim();
  if (clean !== '') state.draft.removed.push({ text: clean, rule, line });
}

function at(node: Nodes, state: State): Place {
  return { line: (node.position?.start.line ?? 1) + state.draft.firstLine - 1, column: node.position?.start.column ?? 1 };
}

function warn(state: State, reason: string, node: Nodes, ruleId: HtmlProblem['ruleId'] | 'unsupported-markdown'): void {
  state.draft.file.message(reason, { place: at(node, state), ruleId, source: 'sitrep' });
}

function report(state: State, problem: HtmlProblem, base: Place): void {
  const place = { line: base.line + problem.line - 1, column: problem.line === 1 ? base.column + problem.column - 1 : problem.column };
  state.draft.file.message(problem.reason, { place, ruleId: problem.ruleId, source: 'sitrep' });
}
