// Nothing lost, end to end (checks/nothing-lost.ts): every input file became one article, every line of it
// is on its BUILT page or recorded in `removed`, and `removed` holds only text of the input.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { INPUT_EXTENSIONS } from '../../src/pipeline/ingest.ts';
import { inventedRemovals, lostText, readGenerated } from './checks/nothing-lost.ts';
import { target } from './target.ts';

const articles = readGenerated(target.generated);

function inputFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => INPUT_EXTENSIONS.includes(path.extname(f)) && path.basename(f).toLowerCase() !== 'readme.md')
    .filter((f) => !f.split(path.sep).some((part) => part.startsWith('.')))
    .map((f) => path.resolve(dir, f))
    .sort();
}

describe('nothing is lost between an input file and its built page', () => {
  it('turns every input file into exactly one article', () => {
    expect(articles.map((a) => path.resolve(a.sourceFile)).sort()).toEqual(target.inputs.flatMap(inputFiles));
  });

  it('shows every line of every input on its page, or records it in `removed`', () => {
    expect(lostText(articles, target.dist)).toEqual([]);
  }, 600_000);

  it('records in `removed` only text that is in the input', () => {
    expect(inventedRemovals(articles)).toEqual([]);
  });
});
