// Deterministic and idempotent at the ingest step: the same inputs give byte-identical MDX every time, and
// ingesting again with the output already present changes nothing — no file rewritten (mtimes kept, so
// Astro's content cache stays valid), none added or removed — even when the output folder sits inside an
// input folder (generated .mdx are never read back as articles).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ingest } from '../../src/pipeline/ingest.ts';
import { writeCorpus } from '../../bench/generate/corpus.ts';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'sitrep-idempotent-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

const corpus = path.join(work, 'corpus');
writeCorpus({ count: 60, out: corpus, seed: 'idempotent' });
fs.rmSync(path.join(corpus, 'manifest.json'));
const INPUTS = ['seeds', 'content/articles', corpus];

function snapshot(dir: string): Map<string, { bytes: string; mtimeMs: number }> {
  return new Map(
    fs.readdirSync(dir).sort().map((name) => {
      const file = path.join(dir, name);
      return [name, { bytes: fs.readFileSync(file, 'utf8'), mtimeMs: fs.statSync(file).mtimeMs }];
    }),
  );
}

describe('ingest', () => {
  it('gives byte-identical MDX for the same inputs, run after run', () => {
    const first = ingest({ inputs: INPUTS, contentDir: 'content' }).articles;
    const second = ingest({ inputs: INPUTS, contentDir: 'content' }).articles;
    expect(first.length).toBeGreaterThanOrEqual(65);
    expect(second).toEqual(first);
  }, 60_000);

  it('changes nothing when run again with its output present', () => {
    const out = path.join(work, 'out');
    ingest({ inputs: INPUTS, output: out, contentDir: 'content' });
    const before = snapshot(out);
    ingest({ inputs: INPUTS, output: out, contentDir: 'content' });
    expect(snapshot(out)).toEqual(before);
  }, 60_000);

  it('changes nothing when its output folder is inside an input folder', () => {
    const out = path.join(corpus, 'generated');
    const first = ingest({ inputs: [corpus], output: out, contentDir: 'content' });
    const before = snapshot(out);
    const again = ingest({ inputs: [corpus], output: out, contentDir: 'content' });
    expect(again.articles.map((a) => a.slug)).toEqual(first.articles.map((a) => a.slug));
    expect(snapshot(out)).toEqual(before);
    fs.rmSync(out, { recursive: true });
  }, 60_000);
});
