// Builds the Pagefind search index once the site is written: the one place Pagefind is wired in. Pages say
// what to index with data-pagefind-body / -ignore, and SearchMeta adds filters, metadata and sort keys.
// Navigation, asides (related lists) and footers are never indexed, wherever a page puts them.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefindApi from 'pagefind';

const EXCLUDED = ['nav', 'aside', 'footer', '[role=navigation]'];
// Pagefind writes its ready-made search interfaces beside the index; our pages use their own (src/lib/search)
// and only pagefind.js, its worker, highlighting, the WebAssembly and the index, so these are not deployed.
const UNUSED_UI = /^pagefind-(?:ui|modular-ui|component-ui)\.(?:js|css)$/;

export function pagefind(): AstroIntegration {
  return {
    name: 'sitrep-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { index, errors } = await pagefindApi.createIndex({ excludeSelectors: EXCLUDED });
        if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: site });
        if (added.errors.length > 0) throw new Error(`pagefind: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: path.join(site, 'pagefind') });
        if (written.errors.length > 0) throw new Error(`pagefind: ${written.errors.join('; ')}`);
        for (const file of fs.readdirSync(written.outputPath)) if (UNUSED_UI.test(file)) fs.rmSync(path.join(written.outputPath, file));
        logger.info(`indexed ${added.page_count} pages into ${path.relative(process.cwd(), written.outputPath)}`);
        await pagefindApi.close();
      },
    },
  };
}
