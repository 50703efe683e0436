// Child process: one `astro build` of this project into folders of the caller's choosing, so that a test can
// build a fixture or a second copy of the site without touching dist/ or Astro's cache of the seeds build.
// The generated MDX to build from comes in through SITREP_GENERATED (src/paths.ts).
//   node tests/quality/support/astro-build.ts OUT_DIR CACHE_DIR
import path from 'node:path';
import { build } from 'astro';

const [outDir, cacheDir] = process.argv.slice(2).map((p) => path.resolve(p));
if (!outDir || !cacheDir) throw new Error('usage: astro-build.ts OUT_DIR CACHE_DIR');
await build({ root: process.cwd(), outDir, cacheDir, logLevel: 'warn' });
