// emit-mdx serialises text through a fast path; it must write exactly what mdast-util-to-markdown's own
// handler writes, whatever the text and whatever surrounds it (entities, quotes, emphasis, links).
import fc from 'fast-check';
import { toMarkdown, type Options } from 'mdast-util-to-markdown';
import { mdxToMarkdown } from 'mdast-util-mdx';
import type { PhrasingContent, Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { plainText } from '../../src/pipeline/plain-text-handler.ts';

const OPTIONS: Options = {
  extensions: [mdxToMarkdown()],
  unsafe: [
    { character: 'i', atBreak: true, after: 'mport\\b' },
    { character: 'e', atBreak: true, after: 'xport\\b' },
  ],
};

// Text built from pieces that are likely near the patterns' edges: line starts, digits before dots, ESM
// keywords, spaces at the ends, every ASCII punctuation mark and typographic quotes and dashes.
const piece = fc.oneof(
  fc.constantFrom('a', 'e', 'i', 'Iran', 'import', 'export', 'import x', 'exports', ' ', '  ', '1', '12', '2023', '.', '. ', '1. ', '2) ', '-', '- ', '+', '+ ', '=', '#', '# ', '>', '> ', '~', '(', ')', '[', ']', '!', '!', '&', 'amp;', '<', 'b>', '{', '}', '*', '_', '`', '\\', '"', "'", '’', '“', '”', '—', '–', '…', '%', '$', '/', ':', ';', '?', ',', '@', '|', '^', '\t', '\n', 'é', 'Ş', '٣'),
  fc.string({ maxLength: 4 }),
);
const text = fc.array(piece, { minLength: 1, maxLength: 8 }).map((parts) => parts.join(''));
const inline: fc.Arbitrary<PhrasingContent> = fc.oneof(
  text.map((value) => ({ type: 'text', value }) as PhrasingContent),
  text.map((value) => ({ type: 'mdxJsxTextElement', name: 'Entity', attributes: [{ type: 'mdxJsxAttribute', name: 'id', value: 'x' }], children: [{ type: 'text', value }] }) as PhrasingContent),
  text.map((value) => ({ type: 'emphasis', children: [{ type: 'text', value }] }) as PhrasingContent),
  text.map((value) => ({ type: 'strong', children: [{ type: 'text', value }] }) as PhrasingContent),
  text.map((value) => ({ type: 'link', url: 'https://example.org/a', children: [{ type: 'text', value }] }) as PhrasingContent),
);
const tree = fc.array(fc.array(inline, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 3 }).map(
  (paragraphs): Root => ({ type: 'root', children: paragraphs.map((children) => ({ type: 'paragraph', children })) }),
);

describe('plain text handler', () => {
  it('writes what the library writes for any text in any surroundings', () => {
    fc.assert(
      fc.property(tree, (root) => {
        expect(toMarkdown(root, { ...OPTIONS, handlers: { text: plainText } })).toBe(toMarkdown(root, OPTIONS));
      }),
      { numRuns: 3000, seed: 7 },
    );
  });

  it('takes the fast path for ordinary article text', () => {
    let slow = 0;
    const counting: Options = { ...OPTIONS, handlers: { text: (...args) => (plainText(...args) === (args[0] as { value: string }).value ? '' : (slow++, '')) } };
    toMarkdown({ type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', value: 'Russia has received 213 more Shahed-136 drones from Iran, officials said on Tuesday (AFP).' }] }] }, counting);
    expect(slow).toBe(0);
  });
});
