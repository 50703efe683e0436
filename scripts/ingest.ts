// npm run ingest [-- --input DIR ... --output DIR] [--no-cache] [--threads N]
// Reads every .txt and .md under the inputs (default: seeds/ and content/articles/) and writes one
// <slug>.mdx per article to the output (default: the site's generated folder). Unchanged articles come from
// the cache (SITREP_CACHE_DIR, default node_modules/.cache/sitrep/ingest); large runs share the work with a
// worker thread per idle core (--threads N to choose) and show a progress bar on a terminal. Exit 1 on any error.
import { ingestAsync, hasErrors } from '../src/pipeline/ingest.ts';
import { DEFAULT_CACHE_DIR } from '../src/pipeline/cache.ts';
import { formatMessages } from '../src/pipeline/report.ts';
import { CONTENT_DIR, DEFAULT_INPUTS, GENERATED_ARTICLES } from '../src/paths.ts';
import { progressBar } from './lib/progress.ts';
import { parseCli } from './lib/cli.ts';

const { values } = parseCli({
  allowNegative: true,
  options: {
    input: { type: 'string', multiple: true },
    output: { type: 'string' },
    cache: { type: 'boolean', default: true },
    threads: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
}, 'usage: npm run ingest -- [--input DIR]... [--output DIR] [--no-cache] [--threads N]');

const started = performance.now();
const output = values.output ?? GENERATED_ARTICLES;
const bar = progressBar('ingest');
const result = await ingestAsync({
  inputs: values.input ?? DEFAULT_INPUTS,
  output,
  contentDir: CONTENT_DIR,
  cacheDir: values.cache ? process.env.SITREP_CACHE_DIR || DEFAULT_CACHE_DIR : undefined,
  threads: values.threads === undefined ? undefined : Number(values.threads),
  onProgress: ({ done, total, cached }) => bar.update(done, total, cached > 0 ? `(${cached.toLocaleString('en-US')} from cache)` : ''),
});
bar.done();
for (const line of formatMessages(result.files)) console.error(line);
const failed = result.files.filter(hasErrors).length;
const ms = Math.round(performance.now() - started);
const { processed, cached, threads } = result.stats;
const n = (x: number): string => x.toLocaleString('en-US');
const how = `${n(processed)} processed${threads > 0 ? ` on ${threads} threads` : ''}, ${n(cached)} from cache`;
console.error(`ingest: ${n(result.articles.length)} articles written to ${output} in ${ms} ms (${how})${failed ? `, ${failed} file(s) with errors` : ''}`);
process.exitCode = failed > 0 ? 1 : 0;
