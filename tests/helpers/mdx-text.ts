// Reads generated MDX back the way MDX itself does, for assertions about what a reader will see.
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { mdxjs } from 'micromark-extension-mdxjs';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { Root } from 'mdast';
import { splitFrontMatter } from '../../src/pipeline/split-front-matter.ts';
import { parse } from 'yaml';

export function parseMdx(mdx: string): { data: Record<string, unknown>; tree: Root; text: string } {
  const split = splitFrontMatter(mdx);
  const tree = fromMarkdown(split.body, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] });
  const paragraphs: string[] = [];
  visit(tree, 'paragraph', (node) => {
    paragraphs.push(toString(node));
  });
  return { data: parse(split.yaml ?? '') as Record<string, unknown>, tree, text: paragraphs.join('\n') };
}

/** Whitespace collapsed, so that line joins and wrapping do not matter. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
