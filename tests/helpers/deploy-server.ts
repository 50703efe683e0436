// A static host for offline tests: it serves one built folder at a fixed origin (service workers and their
// caches belong to an origin), can switch to another folder (a new deploy) and can go down entirely (the
// network gone: every connection is dropped, which Playwright's setOffline does not do for service workers).
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { staticHost } from '../../src/preview/static-host.ts';

export interface DeployServer {
  url: string;
  deploy(dir: string): void;
  setDown(down: boolean): void;
  close(): Promise<void>;
}

export async function deployServer(dir: string): Promise<DeployServer> {
  let handler = handlerFor(dir);
  let down = false;
  const server = http.createServer((req, res) => {
    if (down) {
      req.socket.destroy();
      return;
    }
    handler(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    deploy: (next) => {
      handler = handlerFor(next);
    },
    setDown: (value) => {
      down = value;
      if (down) server.closeAllConnections();
    },
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

// The same host as `npm run preview`: ETag and Last-Modified let the browser's HTTP cache keep pages.
const handlerFor = (dir: string) => staticHost(dir);
