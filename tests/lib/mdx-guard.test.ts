// The second wall, compiled as @astrojs/mdx compiles an article: the project's remark plugins on @mdx-js/mdx.
// Each hostile form fails with the file and the position of the offending node; what the emitter writes passes.
import { describe, expect, it } from 'vitest';
import { compile } from '@mdx-js/mdx';
import { VFile } from 'vfile';
import { articleRemarkPlugins } from '../../src/mdx/plugins.ts';

const compileArticle = (body: string) =>
  compile(new VFile({ path: 'generated/articles/hand-made.mdx', value: body }), { remarkPlugins: articleRemarkPlugins, jsxImportSource: 'astro' });

describe('remark guard', () => {
  it('passes what the emitter writes', async () => {
    const body = 'See [the report](https://example.org/r) and [mail](mailto:a@example.org). The <Entity id="s-400">S-400</Entity> was <Claim stance="deny" holder="Moscow">never delivered</Claim>.\n\n<Quote speaker="A" speakerId="a">“No”</Quote>\n\n<Caption>\nA photo.\n</Caption>\n';
    await expect(compileArticle(body)).resolves.toBeDefined();
  });

  const hostile: Array<[string, string, string]> = [
    ['ESM import', 'Intro.\n\nimport fs from "node:fs"\n', '3:1 ESM (`import`)'],
    ['ESM export', 'export const x = 1\n', '1:1 ESM (`export`)'],
    ['an expression in text', 'Text {process.exit(1)} more.\n', '1:6 the expression {process.exit(1)}'],
    ['an expression block', 'One.\n\n{globalThis.x = 1}\n', '3:1 the expression'],
    ['an expression attribute', 'A <Entity id={evil()}>x</Entity>\n', '1:3 the expression {evil()} is not allowed as id on <Entity>'],
    ['a spread attribute', 'A <Entity {...props}>x</Entity>\n', '1:3 the expression {...props} is not allowed on <Entity>'],
    ['an unknown element', 'Hi <script>alert(1)</script>\n', '1:4 the element <script> is not one of the article components'],
    ['an unknown component', '<Layout>x</Layout>\n', '1:1 the element <Layout>'],
    ['a fragment', 'A <>x</> b\n', '1:3 the element <>'],
    ['a javascript: link', 'See [this](javascript:alert(1)).\n', '1:5 the link "javascript:alert(1)" is not an http(s) or mailto link'],
    ['an image', 'A ![x](http://example.org/x.png) b\n', '1:3 an image is not allowed'],
    ['an unknown attribute', 'A <Quote speaker="x" onClick="y">z</Quote>\n', '1:3 <Quote> has no attribute onClick'],
  ];
  for (const [what, body, message] of hostile) {
    it(`fails the compile on ${what}, at file:line:col`, async () => {
      await expect(compileArticle(body)).rejects.toThrow(`generated/articles/hand-made.mdx:${message}`);
    });
  }
});
