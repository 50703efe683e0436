// Child process of the benchmark: one `astro build` of a project through Astro's JavaScript API, with its
// output and caches in folders of the benchmark's choosing (the project's dist/ and caches are left alone)
// and each integration's hooks timed, so that Pagefind's share of the build is known. Prints a JSON report;
// memory and CPU are measured by the preload of bench/measure/child.ts.
//
//   node bench/measure/astro-build.ts ROOT OUT_DIR CACHE_DIR
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'astro';
import type { AstroIntegration, AstroUserConfig } from 'astro';

const [root, outDir, cacheDir] = process.argv.slice(2).map((p) => path.resolve(p));
if (!root || !outDir || !cacheDir) throw new Error('usage: astro-build.ts ROOT OUT_DIR CACHE_DIR');

const configPath = path.join(root, 'astro.config.mjs');
const config: AstroUserConfig = fs.existsSync(configPath) ? (await import(pathToFileURL(configPath).href)).default : {};

const hookMs: Record<string, number> = {};
const timed = (integration: AstroIntegration): AstroIntegration => ({
  ...integration,
  hooks: Object.fromEntries(
    Object.entries(integration.hooks).map(([hook, fn]) => [
      hook,
      async (...args: unknown[]) => {
        const started = performance.now();
        try {
          return await (fn as (...a: unknown[]) => unknown)(...args);
        } finally {
          const key = `${integration.name}:${hook}`;
          hookMs[key] = (hookMs[key] ?? 0) + performance.now() - started;
        }
      },
    ]),
  ),
});
const integrations = (config.integrations ?? []).flat().filter((i): i is AstroIntegration => Boolean(i)).map(timed);

const started = performance.now();
// SITREP_BENCH_LOG=info shows Astro's own phase timings, for profiling by hand.
const logLevel = process.env.SITREP_BENCH_LOG === 'info' ? 'info' : 'warn';
await build({ ...config, integrations, root, outDir, cacheDir, configFile: false, logLevel });
const totalMs = performance.now() - started;
console.log(JSON.stringify({ totalMs, hookMs }));
