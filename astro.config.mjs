// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { pagefind } from './src/integrations/pagefind.ts';
import { serviceWorker } from './src/integrations/service-worker.ts';

// SITE and BASE let the same build be hosted at a domain root or under a sub-path (GitHub Pages).
export default defineConfig({
  site: process.env.SITE ?? 'https://sitrep.example.org',
  base: process.env.BASE ?? '/',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // In this order: the service worker's manifest lists the search index Pagefind writes.
  integrations: [sitemap({ filter: (page) => !/\/(404|offline)\/?$/.test(page) }), pagefind(), serviceWorker()],
  // Scripts stay external files: inlined ones break dynamic import() in Astro 7 (withastro/astro#17265)
  // and would need CSP hashes on every page.
  vite: { build: { assetsInlineLimit: 0 } },
});
