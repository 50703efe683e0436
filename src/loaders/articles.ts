// Astro content loader for the generated annotated MDX: reads each <slug>.mdx, validates its front-matter with
// the shared schema (through the collection) and stores the body pre-rendered by render-body. Unchanged files
// (same digest) are not parsed again between builds.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CORE_SCHEMA, load } from 'js-yaml';
import type { Loader } from 'astro/loaders';
import { splitFrontMatter } from '../pipeline/split-front-matter.ts';
import { renderBodies } from './render-pool.ts';
import type { ArticleFrontMatter } from '../schema/article.ts';

export function articlesLoader(options: { dir: string }): Loader {
  return {
    name: 'sitrep-articles',
    async load({ store, parseData, generateDigest, config, logger }) {
      const root = fileURLToPath(config.root);
      const dir = path.resolve(root, options.dir);
      if (!fs.existsSync(dir)) {
        logger.warn(`${options.dir} does not exist: run \`npm run ingest\` first`);
        store.clear();
        return;
      }
      const base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      const seen = new Set<string>();
      const changed: Array<{ id: string; data: Record<string, unknown>; body: string; digest: string; filePath: string }> = [];
      for (const name of fs.readdirSync(dir).filter((n) => n.endsWith('.mdx')).sort()) {
        const filePath = path.join(dir, name);
        const text = fs.readFileSync(filePath, 'utf8');
        const id = name.slice(0, -4);
        seen.add(id);
        const digest = generateDigest(text);
        if (store.get(id)?.digest === digest) continue;
        const split = splitFrontMatter(text);
        // js-yaml's core schema reads our generated front-matter exactly as the yaml package does, ten times faster.
        const raw = (load(split.yaml ?? '', { schema: CORE_SCHEMA }) ?? {}) as Record<string, unknown>;
        const data = await parseData({ id, data: raw, filePath: path.relative(root, filePath) });
        changed.push({ id, data, body: split.body, digest, filePath: path.relative(root, filePath) });
      }
      // Bodies are rendered together, on worker threads when there are many (a cold build of a large site).
      const html = await renderBodies(changed.map((c) => ({ body: c.body, options: { base, entities: (c.data as unknown as ArticleFrontMatter).entities } })));
      changed.forEach((c, i) => store.set({ ...c, rendered: { html: html[i] as string } }));
      for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
    },
  };
}
