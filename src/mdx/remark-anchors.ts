// Numbers what a page links to, at compile time so the components stay stateless: each top-level paragraph
// and <Caption> gets `id="p<N>"` (N = its 1-based position in the body, the contract's anchors and
// quotes[].paragraph), and each mention of an entity the article's front-matter lists gets `tip="m<N>-<k>"`,
// the id of its preview card (k counts mentions through the article); a quotation whose speaker the words
// beside it already name gets `credit="beside"` (no label). Runs after the guard.
import type { Paragraph, Parents, PhrasingContent, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { namedBeside } from '../loaders/speaker-credit.ts';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';

export function remarkAnchors() {
  return (tree: Root, file: VFile): void => {
    const astro = (file.data as { astro?: { frontmatter?: { entities?: Array<{ id?: unknown }> } } }).astro;
    const known = new Set((astro?.frontmatter?.entities ?? []).map((e) => e.id));
    // @astrojs/mdx exports the front-matter from every compiled module; pages read the entry's data from the
    // content store instead, so the copy (3–4 KB of entities, quotes and claims an article) would only cost
    // bundling time and memory in a build of thousands of articles.
    if (astro) astro.frontmatter = {};
    let mention = 0;
    tree.children = regroup(tree.children, String(file.value)).map((block, index) => {
      const n = index + 1;
      if (block.type === 'paragraph') block.data = { ...block.data, hProperties: { ...block.data?.hProperties, id: `p${n}` } };
      else if (block.type === 'mdxJsxFlowElement' && block.name === 'Caption') block.attributes.push(attr('anchor', `p${n}`));
      visit(block, (node, at, parent) => {
        const element = node as MdxJsxTextElement | MdxJsxFlowElement;
        if (element.type === 'mdxJsxTextElement' && element.name === 'Quote') creditBeside(element, at, parent as Parents | undefined);
        if (element.type !== 'mdxJsxTextElement' || element.name !== 'Entity') return;
        const id = element.attributes.find((a): a is MdxJsxAttribute => a.type === 'mdxJsxAttribute' && a.name === 'id')?.value;
        if (typeof id === 'string' && known.has(id)) element.attributes.push(attr('tip', `m${n}-${++mention}`));
      });
      return block;
    });
  };
}

/**
 * MDX unwraps a paragraph that holds only components (a sentence wholly a claim, two quotes side by side) into
 * one block per component and drops the spaces between them. The emitter wrote one paragraph a line, and the
 * page shows it so: components that stood on one line go back into one paragraph, with the text between them.
 */
function regroup(children: RootContent[], source: string): RootContent[] {
  const out: RootContent[] = [];
  let open: { paragraph: Paragraph; line: number; end: number } | null = null;
  for (const child of children) {
    if (child.type !== 'mdxJsxFlowElement' || child.name === 'Caption' || !child.position) {
      out.push(child);
      open = null;
      continue;
    }
    const inline: PhrasingContent = { ...child, type: 'mdxJsxTextElement', children: child.children as PhrasingContent[] };
    const { start, end } = child.position;
    if (open && start.line === open.line && start.offset !== undefined) {
      const between = source.slice(open.end, start.offset);
      if (between) open.paragraph.children.push({ type: 'text', value: between });
      open.paragraph.children.push(inline);
    } else {
      const paragraph: Paragraph = { type: 'paragraph', children: [inline], position: child.position };
      out.push(paragraph);
      open = { paragraph, line: end.line, end: end.offset ?? 0 };
      continue;
    }
    open.line = end.line;
    open.end = end.offset ?? open.end;
  }
  return out;
}

/** No speaker label where the attribution beside the quotation already names the speaker (speaker-credit.ts). */
function creditBeside(quote: MdxJsxTextElement, at: number | undefined, parent: Parents | undefined): void {
  const speaker = quote.attributes.find((a): a is MdxJsxAttribute => a.type === 'mdxJsxAttribute' && a.name === 'speaker')?.value;
  if (typeof speaker !== 'string' || at === undefined || !parent) return;
  const plain = (nodes: RootContent[]) => nodes.map((n) => toString(n)).join('');
  const siblings = parent.children as RootContent[];
  if (namedBeside(speaker, plain(siblings.slice(0, at)), plain(siblings.slice(at + 1)))) quote.attributes.push(attr('credit', 'beside'));
}

function attr(name: string, value: string): MdxJsxAttribute {
  return { type: 'mdxJsxAttribute', name, value };
}
