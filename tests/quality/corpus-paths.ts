// Where `npm run test:corpus` writes the synthetic corpus and its build: SITREP_CORPUS_WORK, else a folder in
// the system's temporary directory. SITREP_CORPUS_COUNT (default 1000) and SITREP_CORPUS_SEED (default 1).
import os from 'node:os';
import path from 'node:path';

const count = Number(process.env.SITREP_CORPUS_COUNT) || 1000;
const work = process.env.SITREP_CORPUS_WORK || path.join(os.tmpdir(), `sitrep-corpus-quality-${count}`);

export const corpus = {
  count,
  seed: process.env.SITREP_CORPUS_SEED || '1',
  work,
  input: path.join(work, 'input'),
  generated: path.join(work, 'generated'),
  dist: path.join(work, 'dist'),
};
