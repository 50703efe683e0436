// npm run bench [-- --quick] [--sizes 100,1000,10000] [--runs N] [--keep]
// Measures ingest, build, sizes and downloads on synthetic corpora and a plain-Markdown baseline; prints a
// table and writes bench/results.json. --quick: 100 articles, 2 runs. Work happens in a temporary folder.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runBench } from '../bench/run.ts';
import { formatTable } from '../bench/report.ts';
import { parseCli } from './lib/cli.ts';

const { values } = parseCli({
  options: {
    quick: { type: 'boolean' },
    sizes: { type: 'string' },
    runs: { type: 'string' },
    baseline: { type: 'string' },
    seed: { type: 'string', default: '1' },
    query: { type: 'string', default: 'drone' },
    keep: { type: 'boolean' },
    out: { type: 'string', default: 'bench/results.json' },
    help: { type: 'boolean', short: 'h' },
  },
}, 'usage: npm run bench -- [--quick] [--sizes 100,1000,10000] [--runs N] [--baseline N] [--seed S] [--query Q] [--keep] [--out FILE]');

const sizes = values.sizes ? values.sizes.split(',').map(Number) : values.quick ? [100] : [100, 1000, 10000];
const defaultRuns = (n: number): number => (values.quick ? 2 : n <= 100 ? 5 : n <= 1000 ? 3 : 1);
const runs = values.runs ? () => Number(values.runs) : defaultRuns;
const baselineSize = values.baseline ? Number(values.baseline) : sizes.includes(1000) ? 1000 : (sizes.at(-1) ?? null);
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'sitrep-bench-'));

try {
  const result = await runBench({
    root: process.cwd(),
    sizes,
    runs,
    baselineSize,
    work,
    seed: values.seed,
    query: values.query,
    log: (line) => console.error(`bench: ${line}`),
  });
  fs.mkdirSync(path.dirname(values.out), { recursive: true });
  fs.writeFileSync(values.out, `${JSON.stringify(result, null, 2)}\n`);
  console.log(formatTable(result));
  console.log(`\nwrote ${values.out}`);
} finally {
  if (values.keep) console.error(`bench: kept ${work}`);
  else fs.rmSync(work, { recursive: true, force: true });
}
