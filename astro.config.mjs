// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { articleRehypePlugins, articleRemarkPlugins } from './src/mdx/plugins.ts';
import { pagefind } from './src/integrations/pagefind.ts';
import { serviceWorker } from './src/integrations/service-worker.ts';
import { devIngest } from './src/integrations/dev-ingest.ts';
import { EXAMPLE_SITE, siteAddress } from './src/integrations/site-address.ts';
import { pageDates } from './src/integrations/sitemap-dates.ts';
import { GENERATED_ARTICLES } from './src/paths.ts';

const base = process.env.BASE || '/';
/** Read when the sitemap is written, after ingest and the pages. @type {Map<string, string> | undefined} */
let lastmod;
/** @param {import('@astrojs/sitemap').SitemapItem} item */
const withLastmod = (item) => {
  lastmod ??= pageDates(GENERATED_ARTICLES);
  const page = new URL(item.url).pathname.slice(base.replace(/\/$/, '').length) || '/';
  const date = lastmod.get(page);
  return date ? { ...item, lastmod: date } : item;
};

// SITE and BASE let the same build be hosted at a domain root or under a sub-path (GitHub Pages).
export default defineConfig({
  site: process.env.SITE || EXAMPLE_SITE,
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // In this order: the service worker's manifest lists the search index Pagefind writes.
  integrations: [
    // Generated articles compile through unified so that the guard runs (Astro 7's default processor, Sätteri,
    // runs no remark plugins); no GFM or SmartyPants, which would rewrite the articles' text and quotes.
    mdx({ extendMarkdownConfig: false, optimize: true, processor: unified({ remarkPlugins: articleRemarkPlugins, rehypePlugins: articleRehypePlugins, gfm: false, smartypants: false }) }),
    siteAddress(), sitemap({ filter: (page) => !/\/(404|offline)\/?$/.test(page), serialize: withLastmod }), pagefind(), serviceWorker(), devIngest()],
  // Scripts stay external files: inlined ones break dynamic import() in Astro 7 (withastro/astro#17265)
  // and would need CSP hashes on every page.
  vite: { build: { assetsInlineLimit: 0 } },
  // Content-Security-Policy as a <meta> on every page: everything from the site's own origin only (images,
  // fonts, fetches, workers included), no inline script or handler, no eval. Astro adds the hashes of the
  // scripts and styles it emits. Pagefind compiles its WebAssembly search engine, which needs
  // 'wasm-unsafe-eval' (WebAssembly only, not JavaScript eval). Directives a <meta> cannot carry
  // (frame-ancestors, report-uri) belong in the host's headers. Checked by tests/quality/csp.test.ts.
  // No Shiki, whose inline styles the policy would block; topic intros go through our own safe renderer.
  markdown: { syntaxHighlight: false },
  security: {
    csp: {
      directives: ["default-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
});
