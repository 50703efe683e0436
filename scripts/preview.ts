// npm run preview [-- --port 4321] — serves dist/ as a static host would (see src/preview/static-host.ts).
import http from 'node:http';
import { parseCli } from './lib/cli.ts';
import { staticHost } from '../src/preview/static-host.ts';

const { values } = parseCli(
  { options: { port: { type: 'string', default: '4321' }, host: { type: 'string', default: '127.0.0.1' }, help: { type: 'boolean', short: 'h' } } },
  'usage: npm run preview [-- --port N] [--host ADDRESS]\nServes dist/ under BASE (default /), redirecting /x to /x/ as hosts do.',
);
const base = process.env.BASE || '/';
http.createServer(staticHost('dist', base)).listen(Number(values.port), values.host, () => {
  console.log(`preview: http://${values.host}:${values.port}${base}`);
});
