// Writes dist/sw.js after the build and the search index: the worker's code (service-worker/sw.js) headed by
// this build's manifest. The version is a hash of every file the build wrote, so any change to any page makes
// a new worker, which the browser installs on the next online visit; its caches replace the old ones.
// What is saved when (sizes measured on the 1,000-article benchmark corpus, see the search report):
//  - shell, on install: home, search, topics and offline pages, the /_astro assets, Pagefind's runtime;
//  - search, once the reader first searches: every index, filter and fragment chunk, so that any query works
//    offline afterwards, not only the ones already typed. Automatically up to AUTO_SAVE_BYTES (3.2 MB for
//    1,000 articles); a larger index (10,000 articles) waits for the reader to ask on the search page;
//  - every other page as the reader opens it.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

export interface OfflineManifest {
  version: string;
  base: string;
  shell: string[];
  search: string[];
  searchBytes: number;
  /** Whether a first search saves the index without asking. */
  autoSaveSearch: boolean;
  offline: string;
  bytes: { shell: number; search: number };
}

/** Largest index saved for offline use without the reader asking. */
export const AUTO_SAVE_BYTES = 8 * 1024 * 1024;
const SHELL_PAGES = ['', 'search/', 'topics/', 'offline/'];
const TEMPLATE = fileURLToPath(new URL('./service-worker/sw.js', import.meta.url));

export function serviceWorker(): AstroIntegration {
  let base = '/';
  return {
    name: 'sitrep-service-worker',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': ({ dir, logger }) => {
        const manifest = writeServiceWorker(fileURLToPath(dir), base);
        const kb = (n: number) => `${Math.round(n / 1024)} KB`;
        logger.info(
          `sw.js ${manifest.version}: ${manifest.shell.length} files precached (${kb(manifest.bytes.shell)}), ` +
            `${manifest.search.length} saved ${manifest.autoSaveSearch ? 'on first search' : 'when the reader asks'} (${kb(manifest.bytes.search)})`,
        );
      },
    },
  };
}

/** Computes the manifest of a built site and writes its sw.js; run again on a changed dist, it makes a new version. */
export function writeServiceWorker(dist: string, base: string, autoSaveBytes = AUTO_SAVE_BYTES): OfflineManifest {
  const manifest = offlineManifest(dist, base, autoSaveBytes);
  const { bytes: _bytes, ...config } = manifest;
  const code = `self.__SITREP_SW__ = ${JSON.stringify(config)};\n${fs.readFileSync(TEMPLATE, 'utf8')}`;
  fs.writeFileSync(path.join(dist, 'sw.js'), code);
  return manifest;
}

export function offlineManifest(dist: string, base: string, autoSaveBytes = AUTO_SAVE_BYTES): OfflineManifest {
  const files = listFiles(dist).filter((f) => f !== 'sw.js');
  const exists = new Set(files);
  const shellFiles = [
    ...SHELL_PAGES.map((p) => `${p}index.html`).filter((f) => exists.has(f)),
    ...files.filter((f) => f.startsWith('_astro/')),
    ...pagefindRuntime(dist, exists),
  ];
  const searchFiles = files.filter((f) => /^pagefind\/(index|filter|fragment)\//.test(f));
  const toUrl = (file: string) => `${base}${file.replace(/(^|\/)index\.html$/, '$1')}`;
  const size = (list: string[]) => list.reduce((sum, f) => sum + fs.statSync(path.join(dist, f)).size, 0);
  const searchBytes = size(searchFiles);
  return {
    version: versionOf(dist, files),
    base,
    shell: shellFiles.map(toUrl),
    search: searchFiles.map(toUrl),
    searchBytes,
    autoSaveSearch: searchBytes <= autoSaveBytes,
    offline: toUrl('offline/index.html'),
    bytes: { shell: size(shellFiles), search: searchBytes },
  };
}

/** Pagefind's loader, worker, entry, highlighter, metadata and the WebAssembly of each indexed language. */
function pagefindRuntime(dist: string, exists: Set<string>): string[] {
  const entryFile = 'pagefind/pagefind-entry.json';
  if (!exists.has(entryFile)) return [];
  const entry = JSON.parse(fs.readFileSync(path.join(dist, entryFile), 'utf8')) as { languages: Record<string, { hash: string; wasm?: string }> };
  const languages = Object.values(entry.languages);
  return [
    'pagefind/pagefind.js',
    'pagefind/pagefind-worker.js',
    entryFile,
    'pagefind/pagefind-highlight.js',
    ...languages.map((l) => `pagefind/pagefind.${l.hash}.pf_meta`),
    ...languages.map((l) => `pagefind/wasm.${l.wasm ?? 'unknown'}.pagefind`),
  ].filter((f) => exists.has(f));
}

/** Hashes every file through one reused buffer: a new buffer per file cost ~10 s of allocation at 25,000 pages. */
function versionOf(dist: string, files: string[]): string {
  const hash = crypto.createHash('sha256');
  const buffer = Buffer.allocUnsafe(1 << 20);
  for (const file of files) {
    hash.update(`${file}\0`);
    const fd = fs.openSync(path.join(dist, file), 'r');
    try {
      for (let n = fs.readSync(fd, buffer); n > 0; n = fs.readSync(fd, buffer)) hash.update(buffer.subarray(0, n));
    } finally {
      fs.closeSync(fd);
    }
    hash.update('\0');
  }
  return hash.digest('hex').slice(0, 12);
}

function listFiles(dir: string, prefix = ''): string[] {
  return fs
    .readdirSync(path.join(dir, prefix), { withFileTypes: true })
    .flatMap((d) => (d.isDirectory() ? listFiles(dir, `${prefix}${d.name}/`) : [`${prefix}${d.name}`]))
    .sort();
}
