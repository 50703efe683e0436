// Where the articles loader keeps each article's rendered body, and how the article page reads it back. One
// file per rendering, named by the entry's digest (text, gazetteer, base, renderer), in Astro's cache folder
// beside its data store, so that an unchanged article is neither rendered again nor held in memory by the
// store; the page reads its own article's HTML only while it renders.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export function articleHtmlDir(cacheDir: URL): string {
  return path.join(fileURLToPath(cacheDir), 'sitrep', 'article-html');
}

/** The body HTML the loader wrote for an article (`data.bodyHtml` is the file's path). */
export function readArticleHtml(data: { bodyHtml?: string | undefined; slug: string }): string {
  if (!data.bodyHtml) throw new Error(`articles/${data.slug}: no rendered body (the articles loader did not run)`);
  return fs.readFileSync(data.bodyHtml, 'utf8');
}
