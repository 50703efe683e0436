// Builds the Pagefind search index once the site is written: the one place Pagefind is wired in. Pages say
// what to index with data-pagefind-body / -ignore, and SearchMeta adds filters, metadata and sort keys.
// Navigation, asides (related lists) and footers are never indexed, wherever a page puts them.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefindApi from 'pagefind';

const EXCLUDED = ['nav', 'aside', 'footer', '[role=navigation]'];

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
        logger.info(`indexed ${added.page_count} pages into ${path.relative(process.cwd(), written.outputPath)}`);
        await pagefindApi.close();
      },
    },
  };
}
