// Astro content loader for the generated annotated MDX: reads each <slug>.mdx, validates its front-matter with
// the shared schema (through the collection) and keeps what pages need from the body (read-annotations:
// sentences with mentions, placed quotes and claims). The body itself is rendered by @astrojs/mdx: each entry
// is stored with `deferredRender` and its file path, so the page's `render(entry)` compiles the MDX module
// (through the guard, src/mdx/) and renders it with the components in src/components/mdx/. An article whose
// front-matter is invalid is reported and skipped; the others still load. Unchanged files (same digest of
// text and loader version) are not read again between builds. The store keeps no copy of the MDX body: Astro
// embeds the whole store in the build's server bundle, and no page reads the raw body.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { splitFrontMatter } from '../pipeline/split-front-matter.ts';
import type { ArticleFrontMatter } from '../schema/article.ts';
import { parseBody } from './body-tree.ts';
import { readAnnotations } from './read-annotations.ts';
import { EMPTY_ANNOTATIONS } from './annotations.ts';

/** Bump when read-annotations changes what it produces, so cached entries are redone. */
const LOADER_VERSION = 6;

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
      const context = generateDigest(JSON.stringify({ LOADER_VERSION }));
      const seen = new Set<string>();
      for (const name of fs.readdirSync(dir).filter((n) => n.endsWith('.mdx')).sort()) {
        const filePath = path.join(dir, name);
        const relative = path.relative(root, filePath);
        const text = fs.readFileSync(filePath, 'utf8');
        const id = name.slice(0, -4);
        const digest = generateDigest(`${context}\n${text}`);
        if (store.get(id)?.digest === digest) {
          seen.add(id);
          store.addModuleImport(relative);
          continue;
        }
        const split = splitFrontMatter(text);
        let data: ArticleFrontMatter;
        try {
          if (split.data === null) throw new Error('the front-matter is not valid YAML: run `npm run ingest` again');
          data = (await parseData({ id, data: { ...split.data, annotations: EMPTY_ANNOTATIONS }, filePath: relative })) as unknown as ArticleFrontMatter;
        } catch (error) {
          logger.error(`${relative}:1:1 ${(error as Error).message.split('\n').join(' ')} (article skipped)`);
          continue;
        }
        seen.add(id);
        const annotations = readAnnotations(parseBody(split.body), data);
        store.set({ id, data: { ...data, annotations }, digest, filePath: relative, deferredRender: true });
      }
      for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
    },
  };
}

