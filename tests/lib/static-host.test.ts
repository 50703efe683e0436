// The preview server behaves as the static hosts in the README do: /x redirects to /x/ when /x/index.html
// exists, files are served under BASE, and what is missing gets the site's 404 page with status 404.
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { staticHost } from '../../src/preview/static-host.ts';

let server: http.Server;
let origin: string;
beforeAll(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sitrep-host-'));
  fs.mkdirSync(path.join(dir, 'topics', 'drones'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'topics', 'drones', 'index.html'), '<p>drones</p>');
  fs.writeFileSync(path.join(dir, 'rss.xml'), '<rss/>');
  fs.writeFileSync(path.join(dir, '404.html'), '<p>not here</p>');
  server = http.createServer(staticHost(dir, '/sub/'));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const get = (p: string) => fetch(`${origin}${p}`, { redirect: 'manual' });

describe('preview host', () => {
  it('redirects a folder without its slash, keeping the query', async () => {
    const res = await get('/sub/topics/drones?q=x');
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe('/sub/topics/drones/?q=x');
  });
  it('serves pages and files under BASE', async () => {
    expect(await (await get('/sub/topics/drones/')).text()).toBe('<p>drones</p>');
    expect((await get('/sub/rss.xml')).status).toBe(200);
  });
  it('answers the site’s 404 page for a missing path, outside BASE too, and never redirects a file', async () => {
    for (const p of ['/sub/nothing/', '/elsewhere/', '/sub/nothing']) {
      const res = await get(p);
      expect(res.status, p).toBe(404);
      expect(await res.text()).toBe('<p>not here</p>');
    }
    const file = await get('/sub/rss.xml');
    expect([file.status, file.headers.get('location')]).toEqual([200, null]);
  });
  it('does not look outside the folder', async () => {
    expect((await get('/sub/..%2f..%2fetc')).status).toBe(404);
  });
});
