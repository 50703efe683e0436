import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { offlineManifest, writeServiceWorker } from '../../src/integrations/service-worker.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** A miniature built site: pages, hashed assets and a Pagefind bundle. */
function site(files: Record<string, string> = {}): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sitrep-sw-'));
  dirs.push(dir);
  const all: Record<string, string> = {
    'index.html': 'home',
    'search/index.html': 'search',
    'topics/index.html': 'topics',
    'offline/index.html': 'offline',
    'articles/a/index.html': 'article a',
    '_astro/boot.abc.js': 'js',
    'pagefind/pagefind.js': 'pf',
    'pagefind/pagefind-worker.js': 'worker',
    'pagefind/pagefind-highlight.js': 'highlight',
    'pagefind/pagefind-ui.js': 'unused ui',
    'pagefind/pagefind-entry.json': JSON.stringify({ languages: { en: { hash: 'en_123', wasm: 'en', page_count: 1 } } }),
    'pagefind/pagefind.en_123.pf_meta': 'meta',
    'pagefind/wasm.en.pagefind': 'wasm',
    'pagefind/wasm.unknown.pagefind': 'other wasm',
    'pagefind/index/en_1.pf_index': 'index',
    'pagefind/filter/en_2.pf_filter': 'filter',
    'pagefind/fragment/en_3.pf_fragment': 'fragment',
    ...files,
  };
  for (const [file, text] of Object.entries(all)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

describe('the service worker manifest', () => {
  it('precaches the shell pages, the assets and the Pagefind runtime of the indexed language', () => {
    expect(offlineManifest(site(), '/').shell).toEqual([
      '/',
      '/search/',
      '/topics/',
      '/offline/',
      '/_astro/boot.abc.js',
      '/pagefind/pagefind.js',
      '/pagefind/pagefind-worker.js',
      '/pagefind/pagefind-entry.json',
      '/pagefind/pagefind-highlight.js',
      '/pagefind/pagefind.en_123.pf_meta',
      '/pagefind/wasm.en.pagefind',
    ]);
  });

  it('keeps the index, filter and fragment chunks for the first search, and articles for when they are read', () => {
    const manifest = offlineManifest(site(), '/');
    expect(manifest.search).toEqual(['/pagefind/filter/en_2.pf_filter', '/pagefind/fragment/en_3.pf_fragment', '/pagefind/index/en_1.pf_index']);
    expect([...manifest.shell, ...manifest.search]).not.toContain('/articles/a/');
    expect(manifest.bytes.search).toBe('filter'.length + 'fragment'.length + 'index'.length);
  });

  it('saves the index on a first search only while it is small enough, else when the reader asks', () => {
    const dir = site();
    expect(offlineManifest(dir, '/').autoSaveSearch).toBe(true);
    expect(offlineManifest(dir, '/', 'indexfilterfragment'.length).autoSaveSearch).toBe(true);
    expect(offlineManifest(dir, '/', 'indexfilterfragment'.length - 1).autoSaveSearch).toBe(false);
  });

  it('prefixes every URL with the base path', () => {
    const manifest = offlineManifest(site(), '/sitrep/');
    expect(manifest.shell[0]).toBe('/sitrep/');
    expect(manifest.offline).toBe('/sitrep/offline/');
    expect(manifest.search.every((u) => u.startsWith('/sitrep/pagefind/'))).toBe(true);
  });

  it('gets a new version when any page changes, and keeps it when nothing does', () => {
    const before = offlineManifest(site(), '/').version;
    expect(offlineManifest(site(), '/').version).toBe(before);
    expect(offlineManifest(site({ 'articles/a/index.html': 'article a, corrected' }), '/').version).not.toBe(before);
  });

  it('writes sw.js headed by its manifest, and leaves sw.js itself out of the version', () => {
    const dir = site();
    const first = writeServiceWorker(dir, '/');
    const code = fs.readFileSync(path.join(dir, 'sw.js'), 'utf8');
    expect(code.startsWith(`self.__SITREP_SW__ = {"version":"${first.version}"`)).toBe(true);
    expect(writeServiceWorker(dir, '/').version).toBe(first.version);
  });
});
