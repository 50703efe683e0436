// robots.txt pointing crawlers at the sitemap, with the configured site and base.
import type { APIRoute } from 'astro';
import { url } from '../lib/urls';

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL(url.sitemap(), site).href}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
