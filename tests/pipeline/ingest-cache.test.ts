// The ingest cache and worker threads are optimisations: they must never change the output. Unchanged
// articles come from the cache, a changed article or changed knowledge is processed again, and every run
// writes the same bytes as a cold single-threaded run.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ingest, ingestAsync, type IngestResult } from '../../src/pipeline/ingest.ts';
import { formatMessages } from '../../src/pipeline/report.ts';
import { writeCorpus } from '../../bench/generate/corpus.ts';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sitrep-cache-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const corpus = path.join(tmp, 'corpus');
const content = path.join(tmp, 'content');
const COUNT = 24;
writeCorpus({ count: COUNT, out: corpus, seed: 'cache' });
fs.cpSync('content', content, { recursive: true });
// One file that fails (binary) and the seeds, whose messages must survive a round trip through the cache.
fs.writeFileSync(path.join(corpus, 'broken.txt'), Buffer.from([0, 1, 2, 0, 0, 3]));
fs.cpSync('seeds', path.join(corpus, 'seeds'), { recursive: true });

const TOTAL = COUNT + 6;
const output = (result: IngestResult): Map<string, string> => new Map(result.articles.map((a) => [a.slug, a.mdx]));
const cold = (): IngestResult => ingest({ inputs: [corpus], contentDir: content });
const cached = (cacheDir: string): IngestResult => ingest({ inputs: [corpus], contentDir: content, cacheDir });

describe('ingest cache', () => {
  const cacheDir = path.join(tmp, 'cache');
  const reference = cold();
  const first = cached(cacheDir);
  const second = cached(cacheDir);

  it('processes everything on the first run and nothing on the second', () => {
    expect(first.stats).toMatchObject({ processed: TOTAL, cached: 0 });
    expect(second.stats).toMatchObject({ processed: 0, cached: TOTAL });
  });

  it('writes byte-identical output whether articles came from the cache or not', () => {
    expect(reference.articles.length).toBe(TOTAL - 1);
    expect(output(first)).toEqual(output(reference));
    expect(output(second)).toEqual(output(reference));
  });

  it('reports the same messages for cached articles, errors included', () => {
    const messages = formatMessages(reference.files);
    expect(messages.some((m) => m.includes('broken.txt:1:1'))).toBe(true);
    expect(formatMessages(second.files)).toEqual(messages);
  });

  it('processes again only the article whose bytes changed', () => {
    const file = path.join(corpus, fs.readdirSync(corpus).find((n) => n.startsWith('00003_'))!);
    const original = fs.readFileSync(file);
    fs.writeFileSync(file, Buffer.concat([original, Buffer.from('\nOfficials declined to comment further on the report.\n')]));
    try {
      const changed = cached(cacheDir);
      expect(changed.stats).toMatchObject({ processed: 1, cached: TOTAL - 1 });
      expect(output(changed)).toEqual(output(cold()));
      expect(output(changed)).not.toEqual(output(reference));
    } finally {
      fs.writeFileSync(file, original);
    }
  });

  it('misses every entry when the knowledge under content/ changes, and drops the stale entries', () => {
    const topic = path.join(content, 'topics', 'drones.md');
    const original = fs.readFileSync(topic, 'utf8');
    fs.writeFileSync(topic, original.replace('  drone: 1\n', '  drone: 1\n  quadcopter: 1\n'));
    try {
      const edited = cached(cacheDir);
      expect(edited.stats).toMatchObject({ processed: TOTAL, cached: 0 });
      expect(output(edited)).toEqual(output(cold()));
      expect(fs.readdirSync(cacheDir)).toHaveLength(1);
    } finally {
      fs.writeFileSync(topic, original);
    }
  });

  it('treats an unreadable cache file as a miss', () => {
    const dir = path.join(tmp, 'cache-corrupt');
    cached(dir);
    const [version] = fs.readdirSync(dir);
    const packs = fs.readdirSync(path.join(dir, version!));
    expect(packs.length).toBeGreaterThan(0);
    for (const pack of packs) fs.writeFileSync(path.join(dir, version!, pack), 'not a pack');
    const again = cached(dir);
    expect(again.stats.processed).toBe(TOTAL);
    expect(output(again)).toEqual(output(reference));
  });
});

describe('ingest on worker threads', () => {
  it('writes the same bytes in the same order as a single-threaded run', async () => {
    const reference = cold();
    const threaded = await ingestAsync({ inputs: [corpus], contentDir: content, threads: 1 });
    expect(threaded.stats.threads).toBe(2); // one worker and the main thread
    expect(threaded.articles.map((a) => a.slug)).toEqual(reference.articles.map((a) => a.slug));
    expect(output(threaded)).toEqual(output(reference));
    expect(formatMessages(threaded.files)).toEqual(formatMessages(reference.files));
  }, 60_000);

  it('reports progress up to the total', async () => {
    const seen: number[] = [];
    await ingestAsync({ inputs: [corpus], contentDir: content, threads: 1, onProgress: (p) => seen.push(p.done) });
    expect(seen.at(-1)).toBe(TOTAL);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
  }, 60_000);
});

describe('threads for a run', () => {
  it('starts none for a small run, and one per idle core besides the main thread for a large one', async () => {
    const { threadsFor } = await import('../../src/pipeline/worker-pool.ts');
    const cores = os.availableParallelism();
    expect(threadsFor(50, undefined, 0)).toBe(0);
    expect(threadsFor(5000, undefined, 0)).toBe(cores - 1);
    expect(threadsFor(5000, undefined, cores)).toBe(0);
    expect(threadsFor(5000, 3, cores)).toBe(3);
  });
});
