// npm run diff -- --base REF [--head REF] [--format markdown|json] [--json FILE] [--site URL] [--no-cache]
// What the content at --head (default: the working tree) changes in the briefing against --base: articles,
// stories, entities, quotations, claims, topic counts and the check's messages on the changed files.
// Prints Markdown (for a pull-request comment) or JSON on stdout (--json FILE also writes the JSON there,
// so a workflow gets both from one run); links go to --site (default: SITE and BASE, as the build reads
// them). Exit 1 when git cannot answer, 2 on a usage error.
import fs from 'node:fs';
import { DEFAULT_CACHE_DIR } from '../src/pipeline/cache.ts';
import { runDiff } from '../src/diff/run-diff.ts';
import { renderMarkdown } from '../src/diff/render-markdown.ts';
import { GitError } from '../src/diff/git-tree.ts';
import { parseCli } from './lib/cli.ts';

const USAGE = 'usage: npm run diff -- --base REF [--head REF] [--format markdown|json] [--json FILE] [--site URL] [--no-cache]';
const { values } = parseCli({
  allowNegative: true,
  options: {
    base: { type: 'string' },
    head: { type: 'string' },
    format: { type: 'string', default: 'markdown' },
    json: { type: 'string' },
    site: { type: 'string' },
    cache: { type: 'boolean', default: true },
    help: { type: 'boolean', short: 'h' },
  },
}, USAGE);
if (!values.base || !['markdown', 'json'].includes(values.format)) {
  console.error(`${values.base ? `--format is markdown or json, not "${values.format}"` : '--base is required, e.g. --base origin/main'}\n${USAGE}`);
  process.exit(2);
}

const started = performance.now();
try {
  const { report, stats } = await runDiff({
    root: process.cwd(),
    base: values.base,
    head: values.head ?? null,
    site: values.site,
    cacheDir: values.cache ? process.env.SITREP_CACHE_DIR || DEFAULT_CACHE_DIR : undefined,
  });
  if (values.json) fs.writeFileSync(values.json, `${JSON.stringify(report, null, 2)}\n`);
  process.stdout.write(values.format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : renderMarkdown(report));
  const side = (name: string, s: typeof stats.base): string => (s ? `, ${name} ${s.ms} ms (${s.processed} processed, ${s.cached} from cache)` : '');
  console.error(`diff: ${report.files.length} changed file(s), ${report.changed ? 'the briefing changes' : 'no change to the briefing'} in ${Math.round(performance.now() - started)} ms${side('base', stats.base)}${side('head', stats.head)}${stats.checkMs ? `, check ${stats.checkMs} ms` : ''}`);
} catch (error) {
  if (!(error instanceof GitError)) throw error;
  console.error(`diff: ${error.message}`);
  process.exitCode = 1;
}
