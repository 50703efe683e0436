// A huge generated article compiles in time linear in its length, through the same processor @astrojs/mdx
// builds (unified() from @astrojs/markdown-remark, rehype-raw included). Before source-aside.ts, every
// <Entity> made hast-util-from-parse5 index the whole file again: 0.7 MB took 23 s of CPU, 5 MB over 10 min.
import { describe, expect, it } from 'vitest';
import { unified } from '@astrojs/markdown-remark';
import { articleRehypePlugins, articleRemarkPlugins } from '../../src/mdx/plugins.ts';

type Plugins = { remarkPlugins: unknown[]; rehypePlugins: unknown[] };
const renderer = (plugins: Plugins) =>
  // The same options astro.config.mjs gives mdx(): no GFM or SmartyPants, optimize on, no highlighter.
  unified({ ...plugins, gfm: false, smartypants: false } as Parameters<typeof unified>[0]).createMdxRenderer!({ syntaxHighlight: false } as never, { optimize: true, srcDir: new URL('../../src/', import.meta.url) } as never);
const line = (i: number) => `Paragraph ${i}: the <Entity id="s-400">S-400</Entity> sale, <Quote speaker="An official">“not yet”</Quote> and <Claim stance="deny" holder="Moscow">never delivered</Claim>.`;
const body = (n: number) => `${Array.from({ length: n }, (_, i) => line(i)).join('\n\n')}\n\n<Caption>\nA photo.\n</Caption>\n`;
const frontmatter = { entities: [{ id: 's-400' }] };

async function cpuMs(n: number): Promise<number> {
  const r = await renderer({ remarkPlugins: articleRemarkPlugins, rehypePlugins: articleRehypePlugins });
  const start = process.cpuUsage();
  await r.process(body(n), 'generated/articles/huge.mdx', structuredClone(frontmatter));
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

describe('a huge article through @astrojs/mdx', () => {
  it('compiles to the same code as without the source set aside', async () => {
    const without = await renderer({ remarkPlugins: articleRemarkPlugins.filter((p) => p.name !== 'remarkSetSourceAside'), rehypePlugins: [] });
    const withAside = await renderer({ remarkPlugins: articleRemarkPlugins, rehypePlugins: articleRehypePlugins });
    const a = await without.process(body(40), 'generated/articles/a.mdx', structuredClone(frontmatter));
    const b = await withAside.process(body(40), 'generated/articles/a.mdx', structuredClone(frontmatter));
    expect(b.code).toBe(a.code);
    expect(b.code).toContain('p41');
  });

  // 12x the paragraphs: linear work costs at most ~12x (less, as fixed costs weigh more on the small one);
  // the per-element re-index made it 30x and more (measured 5.4x at 4x the paragraphs).
  it('costs at most linearly more CPU for 12x the paragraphs', async () => {
    await cpuMs(200); // warm the JIT
    const small = await cpuMs(500);
    const large = await cpuMs(6_000);
    expect(large / small, `${small.toFixed(0)} ms for 500 paragraphs, ${large.toFixed(0)} ms for 6,000`).toBeLessThan(18);
  }, 180_000);
});
