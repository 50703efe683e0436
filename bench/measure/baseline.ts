// The yardstick for build speed: a minimal Astro site, generated in a temporary folder and reusing this
// project's node_modules, that builds the same articles from plain Markdown (glob loader, Astro's own Markdown
// pipeline) with a minimal layout: one page per article and an index. No ingestion, no search index.
import fs from 'node:fs';
import path from 'node:path';

const CONFIG = `import { defineConfig } from 'astro/config';
export default defineConfig({ site: 'https://baseline.example.org', trailingSlash: 'always', build: { format: 'directory' } });
`;

const CONTENT_CONFIG = `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
export const collections = {
  articles: defineCollection({ loader: glob({ pattern: '*.md', base: 'articles' }), schema: z.object({ title: z.string() }) }),
};
`;

const LAYOUT = `---
const { title } = Astro.props;
---
<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" /><title>{title}</title></head>
  <body><main><slot /></main></body>
</html>
`;

const ARTICLE_PAGE = `---
import { getCollection, render } from 'astro:content';
import Layout from '../../layouts/Layout.astro';
export async function getStaticPaths() {
  return (await getCollection('articles')).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<Layout title={entry.data.title}><article><h1>{entry.data.title}</h1><Content /></article></Layout>
`;

const INDEX_PAGE = `---
import { getCollection } from 'astro:content';
import Layout from '../layouts/Layout.astro';
const entries = await getCollection('articles');
---
<Layout title="Articles"><ul>{entries.map((e) => <li><a href={\`/articles/\${e.id}/\`}>{e.data.title}</a></li>)}</ul></Layout>
`;

/** Writes the baseline project into `dir` with one Markdown file per raw article text. */
export function writeBaselineProject(dir: string, projectRoot: string, articles: Array<{ id: string; text: string }>): void {
  fs.rmSync(dir, { recursive: true, force: true });
  const write = (file: string, text: string): void => {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  };
  write('package.json', '{ "name": "sitrep-bench-baseline", "private": true, "type": "module" }\n');
  write('astro.config.mjs', CONFIG);
  write('src/content.config.ts', CONTENT_CONFIG);
  write('src/layouts/Layout.astro', LAYOUT);
  write('src/pages/articles/[slug].astro', ARTICLE_PAGE);
  write('src/pages/index.astro', INDEX_PAGE);
  fs.symlinkSync(path.join(projectRoot, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  for (const { id, text } of articles) write(`articles/${id}.md`, toMarkdown(text));
}

/** Raw article text as plain Markdown: a title from the first line, one paragraph per non-empty line (an
 * editor's front-matter is dropped). */
function toMarkdown(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').replace(/^---\n[\s\S]*?\n---\n/, '').split('\n').map((l) => l.trim()).filter(Boolean);
  const title = (lines[0] ?? 'Untitled').slice(0, 100);
  const body = lines.map((l) => l.replace(/[\\`*_{}[\]<>#|]/g, '\\$&')).join('\n\n');
  return `---\ntitle: ${JSON.stringify(title)}\n---\n\n${body}\n`;
}
