// The web app manifest: name, colours and icons for "add to home screen", relative to BASE.
import type { APIRoute } from 'astro';
import { siteIdentity } from '../lib/site-identity';
import { url } from '../lib/urls';

export const GET: APIRoute = () => {
  const site = siteIdentity();
  const manifest = {
    name: `${site.name}: ${site.subject}`,
    short_name: site.name,
    description: site.description,
    lang: 'en',
    start_url: url.home(),
    scope: url.home(),
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#0b5394',
    icons: [
      { src: url.asset('favicon.svg'), sizes: 'any', type: 'image/svg+xml' },
      { src: url.asset('icons/icon-192.png'), sizes: '192x192', type: 'image/png' },
      { src: url.asset('icons/icon-512.png'), sizes: '512x512', type: 'image/png', purpose: 'any' },
    ],
  };
  return new Response(`${JSON.stringify(manifest, null, 2)}\n`, { headers: { 'Content-Type': 'application/manifest+json' } });
};
