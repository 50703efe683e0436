import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ingest, hasErrors } from '../../src/pipeline/ingest.ts';
import { articleSchema } from '../../src/schema/article.ts';
import { parseMdx, squash } from '../helpers/mdx-text.ts';

const CONTRACT_KEYS = [
  'title', 'slug', 'date', 'datePrecision', 'dateEvidence', 'lang', 'dir', 'source', 'author', 'agency', 'topics', 'entities',
  'quotes', 'claims', 'story', 'summary', 'sourceFile', 'removed',
];
const labels = parse(fs.readFileSync('tests/fixtures/seed-boilerplate.yaml', 'utf8')) as Record<string, string[]>;
const seeds = fs.readdirSync('seeds').filter((f) => f.endsWith('.txt')).sort();
const result = ingest({ inputs: ['seeds'], contentDir: 'content' });
const bySource = new Map(result.articles.map((a) => [path.basename(a.sourceFile), { ...a, ...parseMdx(a.mdx) }]));

describe('ingest on the seeds', () => {
  it('keeps the seeds byte-identical to the originals, by the checksums committed beside them', () => {
    const sums = new Map(
      fs.readFileSync('seeds/SHA256SUMS', 'utf8').trim().split('\n').map((line) => {
        const [hash = '', name = ''] = line.split(/\s+\*?/);
        return [name, hash];
      }),
    );
    // Every seed received so far is listed; one added later is held to the list once its line is added.
    expect(sums.size).toBeGreaterThanOrEqual(5);
    expect(seeds).toEqual(expect.arrayContaining([...sums.keys()]));
    for (const seed of sums.keys()) expect(crypto.createHash('sha256').update(fs.readFileSync(path.join('seeds', seed))).digest('hex'), seed).toBe(sums.get(seed));
  });

  it('writes one article per seed with no errors', () => {
    expect(result.files.filter(hasErrors).map((f) => f.path)).toEqual([]);
    expect([...bySource.keys()].sort()).toEqual(seeds);
  });

  it.each(seeds)('%s has every contract key, in order, and passes the schema', (seed) => {
    const article = bySource.get(seed)!;
    expect(Object.keys(article.data)).toEqual(CONTRACT_KEYS);
    const parsed = articleSchema.safeParse(article.data);
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
    expect(article.data.title).not.toBe('');
    expect(article.slug).toBe(article.data.slug);
  });

  it.each(seeds)('%s: boilerplate is out of the body and recorded in `removed`', (seed) => {
    const article = bySource.get(seed)!;
    const removed = article.data.removed as string[];
    for (const line of labels[seed] ?? []) {
      expect(removed).toContain(line);
      expect(squash(article.text)).not.toContain(squash(line));
    }
  });

  it.each(seeds)('%s: every line that is not boilerplate is in the body', (seed) => {
    const article = bySource.get(seed)!;
    const body = squash(article.text);
    const boilerplate = new Set(labels[seed] ?? []);
    const lines = fs.readFileSync(path.join('seeds', seed), 'utf8').split('\n').map((l) => l.trim()).filter(Boolean);
    for (const line of lines) {
      if (boilerplate.has(line)) continue;
      // A leading date stamp is boilerplate glued to the first sentence: the sentence must still be there.
      const prose = line.replace(/^date \d{4}-\d{2}-\d{2}\s+/, '');
      expect(body).toContain(squash(prose));
    }
  });

  it('is deterministic: two runs write byte-identical files', () => {
    const a = fs.mkdtempSync(path.join(os.tmpdir(), 'sitrep-a-'));
    const b = fs.mkdtempSync(path.join(os.tmpdir(), 'sitrep-b-'));
    ingest({ inputs: ['seeds'], contentDir: 'content', output: a });
    ingest({ inputs: ['seeds'], contentDir: 'content', output: b });
    const names = fs.readdirSync(a).sort();
    expect(names).toEqual(fs.readdirSync(b).sort());
    expect(names.length).toBe(seeds.length);
    for (const name of names) expect(fs.readFileSync(path.join(a, name))).toEqual(fs.readFileSync(path.join(b, name)));
  });
});
