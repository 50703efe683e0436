// npm run ingest [-- --input DIR ... --output DIR]
// Reads every .txt and .md under the inputs (default: seeds/ and content/articles/) and writes one
// <slug>.mdx per article to the output (default: the site's generated folder). Exit 1 on any error.
import { parseArgs } from 'node:util';
import { ingest, hasErrors } from '../src/pipeline/ingest.ts';
import { formatMessages } from '../src/pipeline/report.ts';
import { CONTENT_DIR, DEFAULT_INPUTS, GENERATED_ARTICLES } from '../src/paths.ts';

const { values } = parseArgs({
  options: {
    input: { type: 'string', multiple: true },
    output: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});
if (values.help) {
  console.log('usage: npm run ingest -- [--input DIR]... [--output DIR]');
  process.exit(0);
}

const started = performance.now();
const result = ingest({
  inputs: values.input ?? DEFAULT_INPUTS,
  output: values.output ?? GENERATED_ARTICLES,
  contentDir: CONTENT_DIR,
});
for (const line of formatMessages(result.files)) console.error(line);
const failed = result.files.filter(hasErrors).length;
const ms = Math.round(performance.now() - started);
console.error(`ingest: ${result.articles.length} articles written to ${values.output ?? GENERATED_ARTICLES} in ${ms} ms${failed ? `, ${failed} file(s) with errors` : ''}`);
process.exitCode = failed > 0 ? 1 : 0;
