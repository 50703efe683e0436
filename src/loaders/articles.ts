// Astro content loader for the generated annotated MDX: reads each <slug>.mdx, validates its front-matter with
// the shared schema (through the collection), parses the body once and keeps both its HTML (render-body) and
// what pages need from it (read-annotations: sentences with mentions, placed quotes and claims). An article
// whose front-matter is invalid is reported and skipped; the others still load. Unchanged files (same digest
// of text, gazetteer, base and renderer version) are not parsed again between builds.
//
// The HTML goes to a file of its own in Astro's cache folder (see article-html.ts), not into the data store:
// Astro embeds the whole store in the build's server bundle and keeps it in memory while it renders every
// page, and the HTML was over half of it (19 of 36 KB an article), so a 10,000-article build neared the
// default heap limit. For the same reason the store keeps no copy of the MDX body, which no page reads.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { splitFrontMatter } from '../pipeline/split-front-matter.ts';
import { loadKnowledge } from '../pipeline/load-knowledge.ts';
import type { EntityEntry } from '../schema/knowledge.ts';
import type { ArticleFrontMatter } from '../schema/article.ts';
import { parseBody } from './body-tree.ts';
import { renderBody } from './render-body.ts';
import { readAnnotations } from './read-annotations.ts';
import { EMPTY_ANNOTATIONS } from './annotations.ts';
import type { PreviewEntity } from './entity-preview.ts';
import { articleHtmlDir } from './article-html.ts';

/** Bump when render-body or read-annotations change what they produce, so cached entries are redone. */
const RENDER_VERSION = 5;

export function articlesLoader(options: { dir: string; contentDir: string }): Loader {
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
      const gazetteer = new Map(loadKnowledge(path.resolve(root, options.contentDir), root).knowledge.entities.map((e) => [e.id, e]));
      const htmlDir = articleHtmlDir(config.cacheDir);
      fs.mkdirSync(htmlDir, { recursive: true });
      const context = generateDigest(JSON.stringify({ base, RENDER_VERSION, htmlDir, gazetteer: [...gazetteer.values()] }));
      const seen = new Set<string>();
      const htmlFiles = new Set<string>();
      for (const name of fs.readdirSync(dir).filter((n) => n.endsWith('.mdx')).sort()) {
        const filePath = path.join(dir, name);
        const relative = path.relative(root, filePath);
        const text = fs.readFileSync(filePath, 'utf8');
        const id = name.slice(0, -4);
        const digest = generateDigest(`${context}\n${text}`);
        const htmlFile = path.join(htmlDir, `${digest}.html`);
        if (store.get(id)?.digest === digest && fs.existsSync(htmlFile)) {
          seen.add(id);
          htmlFiles.add(htmlFile);
          continue;
        }
        const split = splitFrontMatter(text);
        let data: ArticleFrontMatter;
        try {
          if (split.data === null) throw new Error('the front-matter is not valid YAML: run `npm run ingest` again');
          const raw = split.data;
          data = (await parseData({ id, data: { ...raw, annotations: EMPTY_ANNOTATIONS }, filePath: relative })) as unknown as ArticleFrontMatter;
        } catch (error) {
          logger.error(`${relative}:1:1 ${(error as Error).message.split('\n').join(' ')} (article skipped)`);
          continue;
        }
        seen.add(id);
        const body = parseBody(split.body);
        const html = renderBody(body, { base, entities: previews(data, gazetteer) });
        const annotations = readAnnotations(body, data);
        fs.writeFileSync(htmlFile, html);
        htmlFiles.add(htmlFile);
        store.set({ id, data: { ...data, annotations, bodyHtml: htmlFile }, digest, filePath: relative });
      }
      for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
      for (const name of fs.readdirSync(htmlDir)) if (!htmlFiles.has(path.join(htmlDir, name))) fs.rmSync(path.join(htmlDir, name), { force: true });
    },
  };
}

/** What a mention's preview shows: the article's name, type and role, the gazetteer's description and role. */
function previews(data: ArticleFrontMatter, gazetteer: Map<string, EntityEntry>): Array<PreviewEntity & { id: string }> {
  return data.entities.map((e) => {
    const known = gazetteer.get(e.id);
    const role = e.role ?? known?.role;
    return { id: e.id, name: e.name, type: e.type, ...(role ? { role } : {}), ...(known?.description ? { description: known.description } : {}) };
  });
}
