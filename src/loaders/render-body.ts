// Turns the body of a generated article (our MDX subset) into HTML without compiling it as MDX: the body is
// parsed with micromark's MDX syntax, only the components the pipeline writes are mapped (Entity, Quote,
// Claim, Caption), anything else is kept as inert text, and the result is sanitised to an allow-list. So an
// article can never run code, and the site skips a JavaScript compile per article.
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { mdxjs } from 'micromark-extension-mdxjs';
import { toHast, type Handler, type State } from 'mdast-util-to-hast';
import { toHtml } from 'hast-util-to-html';
import { sanitize, defaultSchema, type Schema } from 'hast-util-sanitize';
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { Nodes } from 'mdast';
import type { ArticleEntity } from '../schema/article.ts';

export interface RenderOptions {
  /** Site base path ending in "/", for entity links. */
  base: string;
  entities: ArticleEntity[];
}

const SCHEMA: Schema = {
  ...defaultSchema,
  clobberPrefix: '',
  tagNames: ['p', 'a', 'span', 'q', 'figure', 'figcaption', 'em', 'strong'],
  attributes: {
    '*': ['className', 'id', 'dataEntity', 'dataSpeaker', 'dataSpeakerId', 'dataPagefindWeight'],
    a: ['href'],
  },
  // Relative links (entities) and an editor's http(s) and mailto links; never javascript: or data:.
  protocols: { href: ['http', 'https', 'mailto'] },
};

export function renderBody(mdx: string, options: RenderOptions): string {
  const tree = fromMarkdown(mdx, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] });
  const names = new Map(options.entities.map((e) => [e.id, e]));
  let paragraph = 0;
  const handlers: Record<string, Handler> = {
    paragraph(state: State, node) {
      paragraph++;
      return h('p', { id: `p${paragraph}` }, state.all(node));
    },
    mdxJsxTextElement(state: State, node: MdxJsxTextElement) {
      const children = state.all(node);
      if (node.name === 'Entity') {
        const id = attribute(node, 'id');
        const entity = id ? names.get(id) : undefined;
        if (!id || !entity) return children;
        return h('a', { href: `${options.base}entities/${id}/`, className: ['entity', `entity-${entity.type}`], dataEntity: id }, children);
      }
      if (node.name === 'Quote') {
        const speaker = attribute(node, 'speaker');
        return h('span', { className: ['quote'], ...(speaker ? { dataSpeaker: speaker } : {}) }, children);
      }
      if (node.name === 'Claim') {
        const stance = attribute(node, 'stance');
        return h('span', { className: ['claim', ...(stance ? [`claim-${stance}`] : [])] }, children);
      }
      return children;
    },
    mdxJsxFlowElement(state: State, node: MdxJsxFlowElement) {
      const children = state.all(node);
      if (node.name === 'Caption') return h('figure', { className: ['caption'] }, [h('figcaption', {}, unwrapParagraphs(children))]);
      return children;
    },
    // The pipeline escapes braces and ESM; should any reach here, show them as text, never evaluate them.
    mdxTextExpression: (_state: State, node: { value: string }) => ({ type: 'text', value: `{${node.value}}` }),
    mdxFlowExpression: (_state: State, node: { value: string }) => h('p', {}, [{ type: 'text', value: `{${node.value}}` }]),
    mdxjsEsm: (_state: State, node: { value: string }) => h('p', {}, [{ type: 'text', value: node.value }]),
  };
  const hast = toHast(tree as Nodes, { handlers }) as HastRoot;
  return toHtml(sanitize(hast, SCHEMA) as HastRoot);
}

function h(tagName: string, properties: Element['properties'], children: ElementContent[]): Element {
  return { type: 'element', tagName, properties, children };
}

function attribute(node: MdxJsxTextElement | MdxJsxFlowElement, name: string): string | null {
  for (const attr of node.attributes) {
    if (attr.type === 'mdxJsxAttribute' && attr.name === name && typeof attr.value === 'string') return attr.value;
  }
  return null;
}

/** A caption's text arrives as a paragraph; inside <figcaption> it should not be one. */
function unwrapParagraphs(children: ElementContent[]): ElementContent[] {
  return children.flatMap((c) => (c.type === 'element' && c.tagName === 'p' ? c.children : c.type === 'text' && c.value.trim() === '' ? [] : [c]));
}
