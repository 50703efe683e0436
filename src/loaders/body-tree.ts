// Parses an article body (our MDX subset) once, for both the renderer and the annotation reader, and numbers
// its blocks the way the contract does: N = 1-based position of the paragraph or <Caption> in the body, the
// number behind the `#p<N>` anchors and quotes[].paragraph.
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { mdxjs } from 'micromark-extension-mdxjs';
import type { Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';

export interface BodyTree {
  tree: Root;
  /** Top-level block → its number. */
  blockNumber: WeakMap<RootContent, number>;
  blocks: RootContent[];
}

export function parseBody(mdx: string): BodyTree {
  const tree = fromMarkdown(mdx, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] });
  const blockNumber = new WeakMap<RootContent, number>();
  const blocks = tree.children;
  blocks.forEach((node, index) => blockNumber.set(node, index + 1));
  return { tree, blockNumber, blocks };
}

export function attribute(node: MdxJsxTextElement | MdxJsxFlowElement, name: string): string | null {
  for (const attr of node.attributes) {
    if (attr.type === 'mdxJsxAttribute' && attr.name === name && typeof attr.value === 'string') return attr.value;
  }
  return null;
}
