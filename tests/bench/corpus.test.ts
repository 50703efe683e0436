// The synthetic corpus must be reproducible (benchmarks compare runs), sized like real articles, and varied
// enough to exercise ingestion: several layouts, encodings, undated articles and multi-article stories.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeCorpus, type Manifest } from '../../bench/generate/corpus.ts';
import { generateArticle } from '../../bench/generate/article.ts';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sitrep-corpus-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const read = (dir: string): Map<string, Buffer> =>
  new Map(fs.readdirSync(dir).sort().map((name) => [name, fs.readFileSync(path.join(dir, name))]));

describe('synthetic corpus', () => {
  const a = path.join(tmp, 'a');
  const b = path.join(tmp, 'b');
  const manifest: Manifest = writeCorpus({ count: 300, out: a, seed: '7' });
  writeCorpus({ count: 300, out: b, seed: '7' });

  it('writes byte-identical files for the same seed and count', () => {
    expect(read(a)).toEqual(read(b));
  });

  it('gives a different corpus for another seed', () => {
    expect(generateArticle('8', 0).text).not.toBe(generateArticle('7', 0).text);
  });

  it('makes a smaller corpus a prefix of a larger one, and removes the extra articles when shrinking', () => {
    const small = path.join(tmp, 'small');
    writeCorpus({ count: 300, out: small, seed: '7' });
    writeCorpus({ count: 120, out: small, seed: '7' });
    const files = read(small);
    files.delete('manifest.json');
    expect(files.size).toBe(120);
    const big = read(a);
    for (const [name, bytes] of files) expect(big.get(name)).toEqual(bytes);
  });

  it('keeps every article between 2 and 4 KB', () => {
    for (const entry of manifest.articles) {
      expect(entry.bytes, entry.file).toBeGreaterThanOrEqual(2000);
      expect(entry.bytes, entry.file).toBeLessThanOrEqual(4096);
    }
  });

  it('varies layouts, topics, encodings and dating, and reports events in several articles', () => {
    const count = (key: keyof Manifest['articles'][number]): Set<unknown> => new Set(manifest.articles.map((e) => e[key]));
    expect(count('layout').size).toBeGreaterThanOrEqual(8);
    expect(count('topic')).toEqual(new Set(['drones', 's-400', 'su-35', 'syria', 'off']));
    expect(count('encoding')).toEqual(new Set(['utf-8', 'utf-8-bom', 'windows-1252']));
    expect(manifest.articles.some((e) => !e.dated && e.dating === 'none')).toBe(true);
    expect(count('event').size).toBeLessThan(manifest.articles.length * 0.8);
    expect(manifest.articles.some((e) => e.file.endsWith('.md'))).toBe(true);
  });

  it('writes Windows-1252 files that are not valid UTF-8, with curly quotes as single bytes', () => {
    const entry = manifest.articles.find((e) => e.encoding === 'windows-1252' && e.layout !== 'reuters');
    const bytes = fs.readFileSync(path.join(a, entry!.file));
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    expect(new TextDecoder('windows-1252').decode(bytes)).not.toContain('?');
  });

  it('carries the furniture ingestion must remove: teasers ending in an ellipsis, copyright lines, wire credits', () => {
    const texts = manifest.articles.map((e) => new TextDecoder(e.encoding === 'windows-1252' ? 'windows-1252' : 'utf-8').decode(fs.readFileSync(path.join(a, e.file))).replace(/\r\n/g, '\n'));
    expect(texts.some((t) => /\(Reuters\) - /.test(t))).toBe(true);
    expect(texts.some((t) => /^© \d{4}/m.test(t))).toBe(true);
    expect(texts.some((t) => /, with AFP$/m.test(t))).toBe(true);
    expect(manifest.articles.some((e) => e.layout === 'regional')).toBe(true);
    const regional = manifest.articles.find((e) => e.layout === 'regional' && e.encoding === 'utf-8')!;
    expect(fs.readFileSync(path.join(a, regional.file), 'utf8').trimEnd().split('\n').at(-1)).toMatch(/…$/);
  });
});
