// Astro content loader for the generated annotated MDX: reads each <slug>.mdx, validates its front-matter with
// the shared schema (through the collection) and stores the body pre-rendered by render-body. Unchanged files
// (same digest) are not parsed again between builds.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { Loader } from 'astro/loaders';
import { splitFrontMatter } from '../pipeline/split-front-matter.ts';
import { renderBody } from './render-body.ts';
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
      for (const name of fs.readdirSync(dir).filter((n) => n.endsWith('.mdx')).sort()) {
        const filePath = path.join(dir, name);
        const text = fs.readFileSync(filePath, 'utf8');
        const id = name.slice(0, -4);
        seen.add(id);
        const digest = generateDigest(text);
        if (store.get(id)?.digest === digest) continue;
        const split = splitFrontMatter(text);
        const raw = (parse(split.yaml ?? '') ?? {}) as Record<string, unknown>;
        const data = await parseData({ id, data: raw, filePath: path.relative(root, filePath) });
        const html = renderBody(split.body, { base, entities: (data as unknown as ArticleFrontMatter).entities });
        store.set({ id, data, body: split.body, digest, rendered: { html }, filePath: path.relative(root, filePath) });
      }
      for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
    },
  };
}
