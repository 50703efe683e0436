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

type Snapshot = Map<string, { bytes: string; mtimeMs: number }>;

function snapshot(dir: string): Snapshot {
  return new Map(
    fs.readdirSync(dir).sort().map((name) => {
      const file = path.join(dir, name);
      return [name, { bytes: fs.readFileSync(file, 'utf8'), mtimeMs: fs.statSync(file).mtimeMs }];
    }),
  );
}

/** What changed between two snapshots of a folder, one line per file. */
function changes(before: Snapshot, after: Snapshot): string[] {
  const out: string[] = [];
  for (const name of new Set([...before.keys(), ...after.keys()])) {
    const a = before.get(name);
    const b = after.get(name);
    if (!a || !b) out.push(`${name}: ${a ? 'removed' : 'added'}`);
    else if (a.bytes !== b.bytes) out.push(`${name}: rewritten with other bytes`);
    else if (a.mtimeMs !== b.mtimeMs) out.push(`${name}: rewritten with the same bytes`);
  }
  return out;
}

describe('ingest', () => {
  it('gives byte-identical MDX for the same inputs, run after run', () => {
    const first = ingest({ inputs: INPUTS, contentDir: 'content' }).articles;
    const second = ingest({ inputs: INPUTS, contentDir: 'content' }).articles;
    expect(first.length).toBeGreaterThanOrEqual(65);
    expect(second.map((a) => a.slug)).toEqual(first.map((a) => a.slug));
    expect(second.filter((a, i) => a.mdx !== first[i]!.mdx).map((a) => `${a.sourceFile}: other bytes`)).toEqual([]);
  }, 60_000);

  it('changes nothing when run again with its output present', () => {
    const out = path.join(work, 'out');
    ingest({ inputs: INPUTS, output: out, contentDir: 'content' });
    const before = snapshot(out);
    ingest({ inputs: INPUTS, output: out, contentDir: 'content' });
    expect(changes(before, snapshot(out))).toEqual([]);
  }, 60_000);

  it('changes nothing when its output folder is inside an input folder', () => {
    const out = path.join(corpus, 'generated');
    const first = ingest({ inputs: [corpus], output: out, contentDir: 'content' });
    const before = snapshot(out);
    const again = ingest({ inputs: [corpus], output: out, contentDir: 'content' });
    expect(again.articles.map((a) => a.slug)).toEqual(first.articles.map((a) => a.slug));
    expect(changes(before, snapshot(out))).toEqual([]);
    fs.rmSync(out, { recursive: true });
  }, 60_000);
});
