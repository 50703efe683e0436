// Not the site's renderer any more (articles render through @astrojs/mdx and src/components/mdx/): kept as
// the tests' quick reader of a body's HTML (fuzzing, emit safety), producing what the components produce.
// Turns the body of a generated article (our MDX subset, parsed by body-tree) into HTML without compiling it
// as MDX: only the components the pipeline writes are mapped (Entity, Quote, Claim, Caption), anything else is
// kept as inert text, and the result is sanitised to an allow-list. So an article can never run code, and the
// site skips a JavaScript compile per article. Each block carries its `#p<N>` anchor; each entity mention
// links to its page and carries a preview shown on hover and keyboard focus by CSS alone.
import { toHast, type Handler, type State } from 'mdast-util-to-hast';
import { toHtml } from 'hast-util-to-html';
import { sanitize, defaultSchema, type Schema } from 'hast-util-sanitize';
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { Nodes, Paragraph, Parents } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { namedBeside } from './speaker-credit.ts';
import { attribute, parseBody, type BodyTree } from './body-tree.ts';
import { entityPreview, type PreviewEntity } from './entity-preview.ts';

export interface RenderOptions {
  /** Site base path ending in "/", for entity links. */
  base: string;
  /** The article's entities, with what a preview shows of each. */
  entities: ReadonlyArray<PreviewEntity & { id: string }>;
}

const SCHEMA: Schema = {
  ...defaultSchema,
  clobberPrefix: '',
  tagNames: ['p', 'a', 'span', 'figure', 'figcaption', 'em', 'strong'],
  attributes: {
    '*': ['className', 'id', 'role', 'ariaDescribedBy', 'dataEntity', 'dataSpeaker', 'dataSpeakerId', 'dataStance', 'dataPagefindIgnore'],
    a: ['href'],
  },
  // Relative links (entities) and an editor's http(s) and mailto links; never javascript: or data:.
  protocols: { href: ['http', 'https', 'mailto'] },
};

const CLAIM_LABELS: Record<string, string> = { allege: 'Allegation', warn: 'Warning', deny: 'Denial', confirm: 'Confirmation' };

/** Renders a body given as MDX text or already parsed by parseBody. */
export function renderBody(input: string | BodyTree, options: RenderOptions): string {
  const body = typeof input === 'string' ? parseBody(input) : input;
  const entities = new Map(options.entities.map((e) => [e.id, e]));
  let block = 0;
  let mention = 0;
  const entityUrl = (id: string) => `${options.base}entities/${id}/`;
  const handlers: Record<string, Handler> = {
    paragraph(state: State, node: Paragraph) {
      const n = body.blockNumber.get(node);
      if (n !== undefined) block = n;
      return h('p', n === undefined ? {} : { id: `p${n}` }, state.all(node));
    },
    mdxJsxTextElement(state: State, node: MdxJsxTextElement, parent: Parents | undefined) {
      const children = state.all(node);
      if (node.name === 'Entity') {
        const id = attribute(node, 'id');
        const entity = id ? entities.get(id) : undefined;
        if (!id || !entity) return children;
        const tip = `m${block}-${++mention}`;
        const link = h('a', { href: entityUrl(id), className: ['entity', `entity-${entity.type}`], dataEntity: id, ariaDescribedBy: [tip] }, children);
        return h('span', { className: ['mention'] }, [link, entityPreview(entity, tip)]);
      }
      if (node.name === 'Quote') return quote(node, children, parent);
      if (node.name === 'Claim') {
        const stance = attribute(node, 'stance');
        const label = stance ? CLAIM_LABELS[stance] : undefined;
        if (!stance || !label) return children;
        const tag = h('span', { className: ['claim-label'], dataPagefindIgnore: '' }, [text(label)]);
        return h('span', { className: ['claim', `claim-${stance}`], dataStance: stance }, [tag, text(' '), ...children]);
      }
      return children;
    },
    mdxJsxFlowElement(state: State, node: MdxJsxFlowElement) {
      const n = body.blockNumber.get(node);
      if (n !== undefined) block = n;
      const children = state.all(node);
      if (node.name !== 'Caption') return children;
      return h('figure', { className: ['caption'], ...(n === undefined ? {} : { id: `p${n}` }) }, [h('figcaption', {}, unwrapParagraphs(children))]);
    },
    // The pipeline escapes braces and ESM; should any reach here, show them as text, never evaluate them.
    mdxTextExpression: (_state: State, node: { value: string }) => text(`{${node.value}}`),
    mdxFlowExpression: (_state: State, node: { value: string }) => h('p', {}, [text(`{${node.value}}`)]),
    mdxjsEsm: (_state: State, node: { value: string }) => h('p', {}, [text(node.value)]),
  };

  function quote(node: MdxJsxTextElement, children: ElementContent[], parent: Parents | undefined): Element {
    const speaker = attribute(node, 'speaker');
    const speakerId = attribute(node, 'speakerId');
    const props = { className: ['quote'], ...(speaker ? { dataSpeaker: speaker } : {}), ...(speakerId ? { dataSpeakerId: speakerId } : {}) };
    if (!speaker) return h('span', props, children);
    // No label where the attribution beside the quotation already names the speaker.
    const siblings = parent?.children ?? [];
    const at = siblings.indexOf(node as (typeof siblings)[number]);
    const plain = (nodes: typeof siblings) => nodes.map((n) => toString(n)).join('');
    if (at >= 0 && namedBeside(speaker, plain(siblings.slice(0, at)), plain(siblings.slice(at + 1)))) return h('span', props, children);
    const known = speakerId !== null && entities.has(speakerId);
    const name = known ? h('a', { href: entityUrl(speakerId) }, [text(speaker)]) : text(speaker);
    const credit = h('span', { className: ['quote-speaker'], dataPagefindIgnore: '' }, [h('span', { className: ['visually-hidden'] }, [text('quoted: ')]), name]);
    return h('span', props, [...children, text(' '), credit]);
  }

  const hast = toHast(body.tree as Nodes, { handlers }) as HastRoot;
  return toHtml(sanitize(hast, SCHEMA) as HastRoot);
}

function h(tagName: string, properties: Element['properties'], children: ElementContent[]): Element {
  return { type: 'element', tagName, properties, children };
}

function text(value: string): ElementContent {
  return { type: 'text', value };
}

/** A caption's text arrives as a paragraph; inside <figcaption> it should not be one. */
function unwrapParagraphs(children: ElementContent[]): ElementContent[] {
  return children.flatMap((c) => (c.type === 'element' && c.tagName === 'p' ? c.children : c.type === 'text' && c.value.trim() === '' ? [] : [c]));
}
