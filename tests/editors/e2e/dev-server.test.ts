// `npm run dev` as an editor uses it, in a temporary copy of the project: the dev server picks up a new
// article, an edited title and an edited topic without a restart, and search serves the last built index
// (or says why there is none). The time each change took to show is printed; the bound below is only
// how long to wait before calling it broken.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject } from '../../helpers/project-copy.ts';

const GIVE_UP_MS = 60_000;
let root: string;
let server: ChildProcess;
let origin: string;
let log = '';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });
}

async function get(route: string): Promise<{ status: number; text: string }> {
  try {
    const response = await fetch(`${origin}${route}`, { signal: AbortSignal.timeout(20_000) });
    return { status: response.status, text: await response.text() };
  } catch (e) {
    return { status: 0, text: '' };
  }
}

/** Polls `route` until `test` holds; returns the milliseconds it took. */
async function waitFor(route: string, test: (r: { status: number; text: string }) => boolean, what: string): Promise<number> {
  const started = performance.now();
  while (performance.now() - started < GIVE_UP_MS) {
    if (test(await get(route))) {
      const ms = Math.round(performance.now() - started);
      console.log(`dev server: ${what} in ${ms} ms`);
      return ms;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`dev server never showed ${what} at ${route}; its log:\n${log}`);
}

const write = (file: string, text: string): void => fs.writeFileSync(path.join(root, file), text);
const article = (title: string): string => `---\ntitle: ${title}\ndate: 2024-03-02\n---\nIran received new drones from its partners, officials in Tehran said on Tuesday.\n`;

beforeAll(async () => {
  root = copyProject('sitrep-dev-server-');
  // Without vitest's variables: Vite under VITEST=true does not listen as a dev server does.
  const outside = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(VITEST|TEST$|NODE_ENV$)/.test(k)));
  const env = { ...outside, PATH: `${path.join(root, 'node_modules', '.bin')}${path.delimiter}${process.env.PATH}`, ASTRO_TELEMETRY_DISABLED: '1', SITREP_CACHE_DIR: path.join(root, '.ingest-cache') };
  const ingest = spawnSync('node', ['scripts/ingest.ts'], { cwd: root, env, encoding: 'utf8' });
  if (ingest.status !== 0) throw new Error(ingest.stderr);
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  server = spawn('astro', ['dev', '--host', '127.0.0.1', '--port', String(port)], { cwd: root, env, detached: true });
  server.stdout?.on('data', (d: Buffer) => (log += d.toString()));
  server.stderr?.on('data', (d: Buffer) => (log += d.toString()));
  server.on('exit', (code, signal) => (log += `EXIT ${code} ${signal}\n`));
  await waitFor('/', (r) => r.status === 200, 'the home page');
}, 120_000);

afterAll(() => {
  if (server?.pid) process.kill(-server.pid, 'SIGTERM');
  if (root) fs.rmSync(root, { recursive: true, force: true });
});

describe('npm run dev', () => {
  it('serves a new article, then its edited title, without a restart', async () => {
    write('content/articles/watch-probe.md', article('Watch probe gets a first title'));
    await waitFor('/articles/watch-probe-gets-first-title/', (r) => r.status === 200 && r.text.includes('Watch probe gets a first title'), 'a new article');
    write('content/articles/watch-probe.md', article('Watch probe gets a second title'));
    await waitFor('/articles/watch-probe-gets-second-title/', (r) => r.status === 200 && r.text.includes('Watch probe gets a second title'), 'an edited title');
    // The old page goes: ingest removes the stale article and the collection drops it.
    expect((await get('/articles/watch-probe-gets-first-title/')).status).toBe(404);
  }, 90_000);

  it('re-ingests when a topic changes', async () => {
    const file = 'content/topics/drones.md';
    write(file, fs.readFileSync(path.join(root, file), 'utf8').replace(/^title: Drones$/m, 'title: Drones and loitering munitions'));
    await waitFor('/topics/drones/', (r) => r.text.includes('Drones and loitering munitions'), 'an edited topic title');
  }, 60_000);

  it('says search needs a build when there is none, then serves the last built index', async () => {
    const missing = await get('/pagefind/pagefind.js');
    expect(missing.status).toBe(404);
    expect(missing.text).toMatch(/npm run build/);
    expect(log).toMatch(/search has no index in dev until `npm run build`/);
    fs.mkdirSync(path.join(root, 'dist', 'pagefind'), { recursive: true });
    write('dist/pagefind/pagefind.js', 'export const built = true;\n');
    const served = await get('/pagefind/pagefind.js');
    expect(served.status).toBe(200);
    expect(served.text).toBe('export const built = true;\n');
    // Never a file outside the index.
    expect((await get('/pagefind/..%2f..%2fpackage.json')).status).toBe(404);
  });
});
