// What the host serves beside the pages: original.txt must never run as a script (its first line is no
// JavaScript, and a file outside the project is never read); public/_headers ships the headers the README's
// deploy section asks for; and two sites on one origin, at different BASE, keep each other's offline caches.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import { afterAll, describe, expect, it } from 'vitest';
import { originalText } from '../../src/lib/original-text.ts';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});
const temp = (): string => {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'sitrep-served-'));
  dirs.push(d);
  return d;
};

describe('original.txt', () => {
  it.each([
    ['a seed that is valid JavaScript', 'alert(document.cookie)\n'],
    ['a seed that is a JavaScript comment and a call', '/* Iran */ fetch("/x")\n'],
    ['a seed that opens a template literal', '`\nIran and Russia\n`\n'],
  ])('%s does not run when loaded with <script src>', (_what, body) => {
    const root = temp();
    fs.mkdirSync(path.join(root, 'seeds'));
    fs.writeFileSync(path.join(root, 'seeds', 'x.txt'), body);
    const text = originalText('seeds/x.txt', root);
    expect(text).toContain(body);
    expect(() => new vm.Script(text)).toThrow(SyntaxError);
  });

  it('is never read through a link out of the project', () => {
    const root = temp();
    const outside = temp();
    fs.writeFileSync(path.join(outside, 'secret.txt'), 'secret outside the project\n');
    fs.mkdirSync(path.join(root, 'seeds'));
    fs.symlinkSync(path.join(outside, 'secret.txt'), path.join(root, 'seeds', 'x.txt'));
    expect(originalText('seeds/x.txt', root)).not.toContain('secret outside');
    expect(originalText('../' + path.relative(path.dirname(root), outside) + '/secret.txt', root)).not.toContain('secret outside');
  });
});

describe('public/_headers', () => {
  it('sends nosniff and frame-ancestors for every path, and keeps sw.js uncached', () => {
    const text = fs.readFileSync('public/_headers', 'utf8');
    const block = (route: string) => text.split(/\n(?=\S)/).find((b) => b.startsWith(`${route}\n`)) ?? '';
    expect(block('/*')).toMatch(/^\s+X-Content-Type-Options: nosniff$/m);
    expect(block('/*')).toMatch(/^\s+Content-Security-Policy: frame-ancestors 'none'$/m);
    expect(block('/sw.js')).toMatch(/^\s+Cache-Control: no-cache$/m);
  });
});

/** Runs sw.js for a site at `base` against a shared, fake CacheStorage holding `names`; returns what is left after activation. */
async function activateAt(base: string, version: string, names: string[]): Promise<string[]> {
  const caches = new Map(names.map((n) => [n, new Map<string, Response>()]));
  const listeners = new Map<string, (event: unknown) => void>();
  const storage = {
    keys: async () => [...caches.keys()],
    open: async (name: string) => {
      if (!caches.has(name)) caches.set(name, new Map());
      const c = caches.get(name)!;
      return { match: async (u: string) => c.get(u), put: async (u: string, r: Response) => void c.set(u, r), keys: async () => [...c.keys()].map((u) => new Request(new URL(u, 'https://x.test'))) };
    },
    delete: async (name: string) => caches.delete(name),
  };
  const self = {
    __SITREP_SW__: { version, base, shell: [], search: [], searchBytes: 0, autoSaveSearch: false, offline: `${base}offline/` },
    location: new URL(`https://x.test${base}sw.js`),
    navigator: {},
    skipWaiting: async () => {},
    clients: { claim: async () => {}, matchAll: async () => [] },
    addEventListener: (type: string, listener: (event: unknown) => void) => listeners.set(type, listener),
  };
  vm.runInNewContext(fs.readFileSync('src/integrations/service-worker/sw.js', 'utf8'), { self, caches: storage, fetch: async () => new Response('x'), URL, Request, Response });
  let done: Promise<unknown> = Promise.resolve();
  listeners.get('activate')!({ waitUntil: (p: Promise<unknown>) => (done = p) });
  await done;
  return [...caches.keys()].sort();
}

describe('the service worker of two sites on one origin', () => {
  it('a site at /b/ deletes its own old version only, not the root site\'s nor /a/\'s', async () => {
    const left = await activateAt('/b/', 'bbbb02', ['sitrep-aaaa01', 'sitrep-/a/cccc01', 'sitrep-/b/bbbb01']);
    expect(left).toEqual(['sitrep-/a/cccc01', 'sitrep-/b/bbbb02', 'sitrep-aaaa01']);
  });

  it('the root site deletes its own old version only, not /b/\'s', async () => {
    const left = await activateAt('/', 'aaaa02', ['sitrep-aaaa01', 'sitrep-/b/bbbb01']);
    expect(left).toEqual(['sitrep-/b/bbbb01', 'sitrep-aaaa02']);
  });
});
