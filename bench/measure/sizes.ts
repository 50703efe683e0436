// Sizes of a built site: dist/ bytes per HTML page, and what an article page costs over the wire (its HTML
// and the CSS it links, compressed as a static host serves them: gzip level 6, the default of nginx's
// gzip_static builds and most CDNs, and brotli quality 11, what hosts that pre-compress use).
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { median } from './child.ts';

export interface DistSizes {
  pages: number;
  bytes: number;
  bytesPerPage: number;
  pagefindBytes: number;
}

export interface WireSizes {
  /** Article pages measured (a sample spread over the corpus). */
  sampled: number;
  rawMedian: number;
  gzipMedian: number;
  brotliMedian: number;
  gzipMax: number;
  /** JavaScript an article page references (module scripts, preloads, inline scripts), gzip bytes. */
  scriptGzipMax: number;
}

export function gzipSize(bytes: Uint8Array): number {
  return zlib.gzipSync(bytes, { level: 6 }).length;
}

export function brotliSize(bytes: Uint8Array): number {
  return zlib.brotliCompressSync(bytes, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
}

function walk(dir: string, out: string[] = []): string[] {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, out);
    else out.push(full);
  }
  return out;
}

export function distSizes(dist: string): DistSizes {
  let bytes = 0;
  let pages = 0;
  let pagefindBytes = 0;
  const pagefind = path.join(dist, 'pagefind') + path.sep;
  for (const file of walk(dist)) {
    const size = fs.statSync(file).size;
    bytes += size;
    if (file.endsWith('.html')) pages++;
    if (file.startsWith(pagefind)) pagefindBytes += size;
  }
  return { pages, bytes, bytesPerPage: pages ? bytes / pages : 0, pagefindBytes };
}

/** Article pages under dist/articles/, a sample of at most `limit` spread evenly. */
export function articlePages(dist: string, limit = 60): string[] {
  const dir = path.join(dist, 'articles');
  const all = fs.existsSync(dir) ? walk(dir).filter((f) => f.endsWith('index.html')).sort() : [];
  const step = Math.max(1, Math.floor(all.length / limit));
  return all.filter((_, i) => i % step === 0).slice(0, limit);
}

/** HTML + linked CSS of each sampled article page, as one transfer each (first visit, nothing cached). */
export function articleWire(dist: string, base = '/'): WireSizes {
  const pages = articlePages(dist);
  const raw: number[] = [];
  const gz: number[] = [];
  const br: number[] = [];
  let scriptGzipMax = 0;
  const load = (href: string): Buffer | null => {
    const clean = href.split(/[?#]/)[0] as string;
    if (!clean.startsWith(base)) return null;
    const file = path.join(dist, clean.slice(base.length));
    return fs.existsSync(file) && fs.statSync(file).isFile() ? fs.readFileSync(file) : null;
  };
  for (const page of pages) {
    const html = fs.readFileSync(page);
    const text = html.toString('utf8');
    const css = [...text.matchAll(/<link\b[^>]*rel="?stylesheet"?[^>]*>/g)].map((m) => /href="([^"]+)"/.exec(m[0])?.[1]).flatMap((h) => (h ? [load(h)] : [])).filter((b): b is Buffer => b !== null);
    const files = [html, ...css];
    raw.push(files.reduce((s, b) => s + b.length, 0));
    gz.push(files.reduce((s, b) => s + gzipSize(b), 0));
    br.push(files.reduce((s, b) => s + brotliSize(b), 0));
    const scripts = [
      ...[...text.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => load(m[1] as string)),
      ...[...text.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => load(m[1] as string)),
      ...[...text.matchAll(/<script\b(?![^>]*\bsrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g)].map((m) => Buffer.from(m[1] as string)),
    ].filter((b): b is Buffer => b !== null && b.length > 0);
    scriptGzipMax = Math.max(scriptGzipMax, scripts.reduce((s, b) => s + gzipSize(b), 0));
  }
  return { sampled: pages.length, rawMedian: median(raw), gzipMedian: median(gz), brotliMedian: median(br), gzipMax: Math.max(0, ...gz), scriptGzipMax };
}
