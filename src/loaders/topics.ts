// Astro content loader for content/topics/*.md: the id is the file name, the data the front-matter
// (validated by the collection's schema), the introduction rendered by render-markdown, so an editor's raw
// HTML never reaches the page. Same entries as Astro's glob loader gave, rendered safely.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { splitFrontMatter } from '../pipeline/split-front-matter.ts';
import { renderMarkdown } from './render-markdown.ts';

export function topicsLoader(options: { dir: string }): Loader {
  return {
    name: 'sitrep-topics',
    async load({ store, parseData, generateDigest, config }) {
      const root = fileURLToPath(config.root);
      const dir = path.resolve(root, options.dir);
      const names = fs.existsSync(dir) ? fs.readdirSync(dir).filter((n) => n.endsWith('.md')).sort() : [];
      const seen = new Set<string>();
      for (const name of names) {
        const filePath = path.join(dir, name);
        const text = fs.readFileSync(filePath, 'utf8');
        const id = name.slice(0, -3);
        seen.add(id);
        const digest = generateDigest(text);
        if (store.get(id)?.digest === digest) continue;
        const split = splitFrontMatter(text);
        const relative = path.relative(root, filePath);
        const data = await parseData({ id, data: split.data ?? {}, filePath: relative });
        store.set({ id, data, body: split.body, digest, rendered: { html: renderMarkdown(split.body) }, filePath: relative });
      }
      for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
    },
  };
}
