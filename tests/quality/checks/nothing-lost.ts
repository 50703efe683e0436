// Nothing lost between an input file and its built page: every line of the input (every paragraph and
// heading of an editor's Markdown) is in the page's article text, dist HTML, unless the article's `removed` list
// accounts for it; and every `removed` entry is text of the input, so that the audit list can be trusted.
import fs from 'node:fs';
import path from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import type { Element, Root } from 'hast';
import { parseMdx } from '../../helpers/mdx-text.ts';
import { compact, mustShow, sourceUnits, squash } from './source-text.ts';

export interface GeneratedArticle {
  slug: string;
  sourceFile: string;
  removed: string[];
}

export function readGenerated(dir: string): GeneratedArticle[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((f) => parseMdx(fs.readFileSync(path.join(dir, f), 'utf8')).data as unknown as GeneratedArticle);
}

const pages = new Map<string, string>();

/** The article text of its built page (see readingText), whitespace collapsed (parsed once: a page can be 12 MB). */
export function pageText(dist: string, slug: string): string {
  const file = path.resolve(dist, 'articles', slug, 'index.html');
  if (!pages.has(file)) {
    const tree = fs.existsSync(file) ? fromHtml(fs.readFileSync(file, 'utf8')) : null;
    const body = tree ? (select('[data-pagefind-body]', tree) ?? select('main', tree)) : null;
    pages.set(file, squash(body ? readingText(body) : ''));
  }
  return pages.get(file)!;
}

/**
 * The article's text as the page declares it: its searchable body (data-pagefind-body, else <main>) less what
 * the page marks as not the article's text (data-pagefind-ignore: a mention's preview card, a quote's speaker
 * label), hidden elements, scripts and templates. So this also shows that search indexes every sentence.
 */
export function readingText(node: Element | Root): string {
  const skip = (e: Element): boolean =>
    ['script', 'style', 'template', 'noscript'].includes(e.tagName) ||
    e.properties.dataPagefindIgnore !== undefined ||
    (e.properties.hidden !== undefined && e.properties.hidden !== false) ||
    String(e.properties.ariaHidden) === 'true';
  let out = '';
  for (const child of node.children) {
    if (child.type === 'text') out += child.value;
    else if (child.type === 'element' && !skip(child)) out += readingText(child);
  }
  return out;
}

/** Input text missing from its built page and not recorded as removed: "source → page: text". */
export function lostText(articles: GeneratedArticle[], dist: string): string[] {
  const lost: string[] = [];
  for (const article of articles) {
    const page = compact(pageText(dist, article.slug));
    // Lines mostly appear in order: look after the previous find first, so a 5 MB article costs one pass.
    let cursor = 0;
    for (const unit of sourceUnits(fs.readFileSync(path.resolve(article.sourceFile)), article.sourceFile)) {
      const shown = mustShow(unit, article.removed);
      if (!shown) continue;
      const needle = compact(shown);
      let at = page.indexOf(needle, cursor);
      if (at === -1) at = page.indexOf(needle);
      if (at === -1) lost.push(`${article.sourceFile} → /articles/${article.slug}/: ${JSON.stringify(shown.slice(0, 160))}`);
      else cursor = at + needle.length;
    }
  }
  return lost;
}

/** `removed` entries that are not text of the input. */
export function inventedRemovals(articles: GeneratedArticle[]): string[] {
  const invented: string[] = [];
  for (const article of articles) {
    const input = squash(sourceUnits(fs.readFileSync(path.resolve(article.sourceFile)), article.sourceFile).join('\n'));
    for (const r of article.removed) if (!input.includes(squash(r))) invented.push(`${article.sourceFile}: ${JSON.stringify(r)}`);
  }
  return invented;
}
