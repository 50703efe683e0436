import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { visit } from 'unist-util-visit';
import { fromHtml } from 'hast-util-from-html';
import type { Element } from 'hast';
import { toString as toText } from 'hast-util-to-string';
import { ingest } from '../../src/pipeline/ingest.ts';
import { renderBody } from '../../src/loaders/render-body.ts';
import { parseMdx, squash } from '../helpers/mdx-text.ts';

const HOSTILE = [
  'import fs from "node:fs"',
  'export const pwned = fs.readFileSync("/etc/passwd", "utf8")',
  'An analyst wrote {process.exit(1)} and <script>alert("x")</script> in the middle of a sentence.',
  'A reader clicked <img src=x onerror="alert(1)"> and [a link](javascript:alert(1)) here.',
  'Braces { alone } and <Entity id="x">fake</Entity> tags are text too.',
].join('\n\n');

function ingestText(name: string, text: string) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sitrep-hostile-'));
  fs.writeFileSync(path.join(dir, name), text);
  return ingest({ inputs: [dir], contentDir: 'content' });
}

describe('article text is data, never code', () => {
  const result = ingestText('hostile.txt', HOSTILE);
  const mdx = result.articles[0]!.mdx;
  const { tree, text } = parseMdx(mdx);

  it('parses as MDX with no ESM and no expressions', () => {
    const kinds = new Set<string>();
    visit(tree, (node) => {
      kinds.add(node.type);
    });
    expect(kinds.has('mdxjsEsm')).toBe(false);
    expect(kinds.has('mdxFlowExpression')).toBe(false);
    expect(kinds.has('mdxTextExpression')).toBe(false);
    const elements: string[] = [];
    visit(tree, ['mdxJsxTextElement', 'mdxJsxFlowElement'], (node) => {
      elements.push((node as { name: string }).name);
    });
    expect(elements.filter((n) => n !== 'Entity' && n !== 'Quote' && n !== 'Claim' && n !== 'Caption')).toEqual([]);
  });

  it('keeps every character of the text', () => {
    for (const line of HOSTILE.split('\n\n')) expect(squash(text)).toContain(squash(line));
  });

  it('renders to HTML with no script, handler or javascript: URL', () => {
    const html = renderBody(mdx.slice(mdx.indexOf('\n---\n') + 5), { base: '/', entities: [] });
    const tags: string[] = [];
    const risky: string[] = [];
    visit(fromHtml(html, { fragment: true }), 'element', (node: Element) => {
      tags.push(node.tagName);
      for (const [name, value] of Object.entries(node.properties)) {
        if (/^on/i.test(name) || /^\s*javascript:/i.test(String(value))) risky.push(`${node.tagName}.${name}`);
      }
    });
    expect(new Set(tags)).toEqual(new Set(['p']));
    expect(risky).toEqual([]);
    expect(squash(toText(fromHtml(html, { fragment: true })))).toContain('<script>alert("x")</script>');
  });
});
