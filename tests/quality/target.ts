// The built site the quality gates look at. By default the seeds build of `npm test` (dist/, made by
// tests/setup/build-site.ts); `npm run test:corpus` points the same gates at a build of the 1,000-article
// synthetic corpus through the environment (see tests/quality/corpus-setup.ts).
import fs from 'node:fs';
import path from 'node:path';
import { DEFAULT_INPUTS, GENERATED_ARTICLES } from '../../src/paths.ts';

export const target = {
  /** Folder of the built site. */
  dist: process.env.SITREP_QUALITY_DIST || 'dist',
  /** Folder of the generated MDX the site was built from. */
  generated: GENERATED_ARTICLES,
  /** Input folders the generated MDX was ingested from. */
  inputs: process.env.SITREP_QUALITY_INPUTS ? process.env.SITREP_QUALITY_INPUTS.split(path.delimiter) : DEFAULT_INPUTS,
  /** Pages of each page type the browser gates visit (one template makes them all; each visit costs seconds). */
  perType: Number(process.env.SITREP_QUALITY_PER_TYPE) || 4,
};

/** Every HTML page of the site, as a path relative to the site root ("articles/x/index.html"). */
export function htmlPages(dist = target.dist): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(path.join(dist, dir), { withFileTypes: true })) {
      const rel = dir ? `${dir}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(rel);
      else if (entry.name.endsWith('.html')) out.push(rel);
    }
  };
  walk('');
  return out.sort();
}

/** The URL path a static host serves a page file at ("articles/x/index.html" → "/articles/x/"). */
export function routeOf(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

/**
 * A page's type is its route with the part that varies replaced by "*": "articles/*", "topics/*", "topics",
 * "home", "404". One template makes every page of a type, so a sample of each covers the site.
 */
export function pageType(file: string): string {
  const parts = file.replace(/(^|\/)index\.html$/, '').split('/').filter(Boolean);
  if (parts.length === 0) return file === 'index.html' ? 'home' : file;
  if (parts.length === 1) return parts[0]!;
  return `${parts[0]}/*`;
}

/** Pages to visit: for each type, up to `perType` pages spread over the type (first, last, in between). */
export function samplePages(files: string[], perType = target.perType): string[] {
  const byType = new Map<string, string[]>();
  for (const f of files) byType.set(pageType(f), [...(byType.get(pageType(f)) ?? []), f]);
  const out: string[] = [];
  for (const list of byType.values()) {
    if (list.length <= perType) out.push(...list);
    else for (let i = 0; i < perType; i++) out.push(list[Math.round((i * (list.length - 1)) / Math.max(1, perType - 1))]!);
  }
  return [...new Set(out)].sort();
}
