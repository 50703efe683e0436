// Global setup of `npm run test:corpus`: writes the 1,000-article synthetic corpus (npm run corpus), ingests
// and builds it into a work folder (never dist/), and points the quality gates at it through the
// environment (see vitest.corpus.config.ts). SITREP_REUSE_DIST=1 reuses a finished build while iterating.
import fs from 'node:fs';
import path from 'node:path';
import { writeCorpus } from '../../bench/generate/corpus.ts';
import { buildSite } from './support/build-site.ts';
import { corpus } from './corpus-paths.ts';

export default function setup(): () => void {
  const reuse = process.env.SITREP_REUSE_DIST === '1' && fs.existsSync(path.join(corpus.dist, 'index.html'));
  if (!reuse) {
    fs.rmSync(corpus.work, { recursive: true, force: true });
    const started = performance.now();
    writeCorpus({ count: corpus.count, out: corpus.input, seed: corpus.seed });
    fs.rmSync(path.join(corpus.input, 'manifest.json'));
    const site = buildSite([corpus.input], corpus.work, { timeoutMs: 1_800_000 });
    if (site.ingestExit !== 0) throw new Error(`ingest of the corpus failed:\n${site.messages.filter((m) => !m.includes(' warning: ')).join('\n')}`);
    console.info(`corpus: ${corpus.count} articles ingested and built into ${corpus.work} in ${Math.round((performance.now() - started) / 1000)} s`);
  }
  return () => {
    if (process.env.SITREP_REUSE_DIST !== '1') fs.rmSync(corpus.work, { recursive: true, force: true });
  };
}
