// npm run corpus -- --count 1000 --out DIR [--seed N]
// Writes a deterministic synthetic corpus of defence-news articles (2–4 KB each) for checking ingestion, the
// site and search at scale. Same seed and count, same bytes; a smaller count gives a prefix of a larger one.
import { parseCli } from './lib/cli.ts';
import { writeCorpus } from '../bench/generate/corpus.ts';

const USAGE = 'usage: npm run corpus -- --count N --out DIR [--seed S]';
const { values } = parseCli({
  options: {
    count: { type: 'string', default: '1000' },
    out: { type: 'string' },
    seed: { type: 'string', default: '1' },
    help: { type: 'boolean', short: 'h' },
  },
}, USAGE);
const count = Number(values.count);
if (!values.out || !Number.isInteger(count) || count < 1) {
  console.error(USAGE);
  process.exit(2);
}

const started = performance.now();
const manifest = writeCorpus({ count, out: values.out, seed: values.seed });
const bytes = manifest.articles.reduce((sum, a) => sum + a.bytes, 0);
console.error(`corpus: ${count} articles (${(bytes / 1024 / 1024).toFixed(1)} MB, seed ${manifest.seed}) written to ${values.out} in ${Math.round(performance.now() - started)} ms`);
