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
// Two text nodes side by side, where the end of one and the start of the other make syntax together.
const EDGES = [['a]', '(b'], ['1', '. x'], ['12', ') y'], ['3', '4. z'], ['x', '- y'], ['7', '.'], ['b ', ' c'], ['Iran', 'import']];
const pair = fc.constantFrom(...EDGES).map(([a, b]): PhrasingContent[] => [{ type: 'text', value: a! }, { type: 'text', value: b! }]);
const fragment = fc.oneof(inline.map((node) => [node]), pair);
// What a paragraph may start with: syntax that only counts at the start of a line.
const LEADING = ['- x', '-x', '+ y', '# z', '> q', '= w', '~ v', '1. a', '1) b', '12. c', '  - d', ' e', 'import f', 'export g', '. h', ') i', '(j', 'Iran'];
const leading = fc.constantFrom(...LEADING).map((value): PhrasingContent[] => [{ type: 'text', value }]);
const paragraph = fc.tuple(fc.option(leading), fc.array(fragment, { minLength: 1, maxLength: 6 })).map(([first, rest]) => [...(first ?? []), ...rest.flat()]);
const tree = fc.array(paragraph, { minLength: 1, maxLength: 3 }).map((paragraphs): Root => ({ type: 'root', children: paragraphs.map((children) => ({ type: 'paragraph', children })) }));

describe('plain text handler', () => {
  it('writes what the library writes for any text in any surroundings', () => {
    fc.assert(
      fc.property(tree, (root) => {
        expect(toMarkdown(root, { ...OPTIONS, handlers: { text: plainText } })).toBe(toMarkdown(root, OPTIONS));
      }),
      { numRuns: 2000, seed: 7 },
    );
  }, 60_000);

  it('takes the fast path for ordinary article text', () => {
    let slow = 0;
    const counting: Options = { ...OPTIONS, handlers: { text: (...args) => (plainText(...args) === (args[0] as { value: string }).value ? '' : (slow++, '')) } };
    toMarkdown({ type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', value: 'Russia has received 213 more Shahed-136 drones from Iran, officials said on Tuesday (AFP).' }] }] }, counting);
    expect(slow).toBe(0);
  });
});
