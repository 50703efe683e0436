// A static host for `npm run preview` and the browser tests, behaving as the hosts in the README's Deploy
// section do: the site under its BASE path, `/x` redirected to `/x/` when `/x/index.html` exists (Astro's
// own preview answers 404 there), the site's 404 page for what is missing, and caching headers (ETag,
// Last-Modified) so a browser keeps pages as it would from a real host.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import sirv from 'sirv';

export type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => void;

export function staticHost(dir: string, base = '/'): Handler {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const files = sirv(dir, { dev: false, etag: true, extensions: ['html'] });
  const notFound = path.join(dir, '404.html');
  return (req, res) => {
    const address = new URL(req.url ?? '/', 'http://host');
    if (!address.pathname.startsWith(prefix) && `${address.pathname}/` !== prefix) return missing(res);
    const inside = address.pathname.slice(prefix.length - 1) || '/';
    if (!inside.endsWith('/') && !path.posix.extname(inside) && isDirectoryIndex(dir, inside)) {
      res.writeHead(301, { Location: `${address.pathname}/${address.search}` });
      return res.end();
    }
    req.url = `${inside}${address.search}`;
    files(req, res, () => missing(res));
  };

  function missing(res: http.ServerResponse) {
    res.statusCode = 404;
    if (fs.existsSync(notFound)) {
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.end(fs.readFileSync(notFound));
    } else res.end('not found');
  }
}

function isDirectoryIndex(dir: string, inside: string): boolean {
  const target = path.join(dir, ...decodeURIComponent(inside).split('/'));
  // Never look outside the built folder, whatever the request says.
  if (path.relative(dir, target).startsWith('..')) return false;
  return fs.existsSync(path.join(target, 'index.html'));
}
