// A copy of the project in a temporary folder, with its own node_modules folder of links to the installed
// packages, so that Astro's and Vite's caches (node_modules/.astro, .vite) and ingest's are the copy's own
// and tests that build or serve it never touch the working tree's.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const SKIP = new Set(['node_modules', 'dist', 'generated', '.astro', '.git', 'test-results', 'bench']);
const OWN_CACHES = new Set(['.astro', '.vite', '.cache']);

export function copyProject(prefix: string, source = process.cwd()): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  for (const entry of fs.readdirSync(source)) {
    if (!SKIP.has(entry)) fs.cpSync(path.join(source, entry), path.join(dir, entry), { recursive: true });
  }
  fs.mkdirSync(path.join(dir, 'node_modules'));
  for (const entry of fs.readdirSync(path.join(source, 'node_modules'))) {
    if (!OWN_CACHES.has(entry)) fs.symlinkSync(path.join(source, 'node_modules', entry), path.join(dir, 'node_modules', entry));
  }
  return dir;
}
