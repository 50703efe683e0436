// Writes a finished draft as annotated MDX: YAML front-matter in the contract's key order, then the body as
// an mdast tree serialised by mdast-util-to-markdown with the MDX extension, so every character of article
// text is escaped by the same code that parses it back. Entity mentions become <Entity id>, quotations
// <Quote speaker>, claims <Claim stance holder>, captions <Caption>; an editor's emphasis, strong and http(s)
// links become Markdown's own.
// Nothing of the article can run: `{`, `<` are escaped by the serialiser, and a line starting with
// `import`/`export` gets its first letter as a character reference.
import { toMarkdown, type Options } from 'mdast-util-to-markdown';
import { mdxToMarkdown } from 'mdast-util-mdx';
import type { MdxJsxAttribute, MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import type { Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { stringify } from 'yaml';
import { plainText } from './plain-text-handler.ts';
import type { ArticleFrontMatter } from '../schema/article.ts';
import type { Block, Draft, Span } from './types.ts';

const MARKDOWN_OPTIONS: Options = {
  extensions: [mdxToMarkdown()],
  // Same output as the library's text handler, without its pattern checks on plain text (the main cost).
  handlers: { text: plainText },
  // MDX reads a paragraph line that starts with `import ` or `export ` as JavaScript.
  unsafe: [
    { character: 'i', atBreak: true, after: 'mport\\b' },
    { character: 'e', atBreak: true, after: 'xport\\b' },
  ],
};

export function frontMatterOf(draft: Draft): ArticleFrontMatter {
  return {
    title: draft.title!,
    slug: draft.slug!,
    date: draft.date?.date ?? null,
    datePrecision: draft.date?.precision ?? null,
    dateEvidence: draft.date?.evidence ?? null,
    lang: draft.lang,
    dir: draft.dir,
    source: draft.source,
    author: draft.author,
    agency: draft.agency,
    topics: draft.topics,
    entities: draft.entities,
    quotes: draft.quotes,
    claims: draft.claims,
    story: draft.story!,
    summary: draft.summary,
    sourceFile: draft.sourceFile,
    removed: draft.removed.map((r) => r.text),
  };
}

export function emitMdx(frontMatter: ArticleFrontMatter, blocks: Block[]): string {
  const yaml = stringify(frontMatter, { lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' });
  const tree: Root = { type: 'root', children: blocks.map((b) => blockNode(b, frontMatter)) };
  return `---\n${yaml}---\n\n${toMarkdown(tree, MARKDOWN_OPTIONS)}`;
}

function blockNode(block: Block, fm: ArticleFrontMatter): RootContent {
  const paragraph: Paragraph = { type: 'paragraph', children: phrasing(block.text, block.spans, 0, block.text.length, fm) };
  if (block.kind === 'paragraph') return paragraph;
  const caption: MdxJsxFlowElement = { type: 'mdxJsxFlowElement', name: 'Caption', attributes: [], children: [paragraph] };
  return caption;
}

/** Builds phrasing content for text[from, to), nesting spans that lie wholly inside an outer span. */
function phrasing(text: string, spans: Span[], from: number, to: number, fm: ArticleFrontMatter): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  let at = from;
  const inside = spans.filter((s) => s.start >= from && s.end <= to).sort((a, b) => a.start - b.start || b.end - a.end);
  for (const span of inside) {
    if (span.start < at) continue; // overlaps an earlier span that is not its parent: leave it unmarked
    if (span.start > at) out.push({ type: 'text', value: text.slice(at, span.start) });
    // A link cannot hold the link of an entity mention: inside one, mentions stay plain text.
    const nested = inside.filter((s) => s !== span && s.start >= span.start && s.end <= span.end && !(span.kind === 'link' && s.kind === 'entity'));
    const children = phrasing(text, nested, span.start, span.end, fm);
    out.push(element(span, children, fm));
    at = span.end;
  }
  if (at < to) out.push({ type: 'text', value: text.slice(at, to) });
  return out;
}

function element(span: Span, children: PhrasingContent[], fm: ArticleFrontMatter): PhrasingContent {
  if (span.kind === 'emphasis' || span.kind === 'strong') return { type: span.kind, children };
  if (span.kind === 'link') return { type: 'link', url: span.href, children };
  const attributes: MdxJsxAttribute[] = [];
  if (span.kind === 'entity') {
    attributes.push(attr('id', span.id));
    return { type: 'mdxJsxTextElement', name: 'Entity', attributes, children };
  }
  if (span.kind === 'claim') {
    const claim = fm.claims[span.claim];
    if (claim) attributes.push(attr('stance', claim.stance));
    if (claim?.holder) attributes.push(attr('holder', claim.holder));
    return { type: 'mdxJsxTextElement', name: 'Claim', attributes, children };
  }
  const quote = fm.quotes[span.quote];
  if (quote?.speaker) attributes.push(attr('speaker', quote.speaker));
  if (quote?.speakerId) attributes.push(attr('speakerId', quote.speakerId));
  return { type: 'mdxJsxTextElement', name: 'Quote', attributes, children };
}

function attr(name: string, value: string): MdxJsxAttribute {
  return { type: 'mdxJsxAttribute', name, value };
}
