import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { IngestCache } from '../../src/pipeline/cache.ts';
import { clusterStoriesCached } from '../../src/pipeline/story-cache.ts';
import { runText } from './run-text.ts';
import type { Draft } from '../../src/pipeline/types.ts';

// Our own text: one event told twice (a shared passage naming the same general), and an unrelated report.
const shared =
  'A senior air force officer, General Harlan Voss, told a briefing in Doha that drones built in one country were being flown by crews trained in another, and that the practice would spread.';

function corpus(extra = ''): Draft[] {
  const make = (slug: string, text: string, date?: string): Draft => {
    const d = runText(text);
    d.slug = slug;
    if (date) d.date = { date, precision: 'day', evidence: date };
    return d;
  };
  return [
    make('first', `An officer warned of drone cooperation. ${shared} He took questions.`, '2024-05-14'),
    make('second', `A general raised alarm over drones. ${shared} Officials declined to comment.${extra}`),
    make('other', 'Rain delayed the harvest across the northern plains, and grain traders sold futures as the week closed.'),
  ];
}

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function cache(): IngestCache {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sitrep-story-cache-'));
  dirs.push(dir);
  return new IngestCache(dir, 'v');
}

describe('story-cache', () => {
  it('reads the stories and dates of a corpus seen before back from the cache, the same as clustering gives', () => {
    const c = cache();
    const cold = corpus();
    clusterStoriesCached(cold, undefined, c);
    expect(cold[1]!.story).toBe('first');
    expect(cold[1]!.date?.evidence).toMatch(/^story date/);
    const warm = corpus();
    // A stored entry is read back as it is: a doctored one shows that clustering did not run again.
    const key = [...(c as unknown as { shards: Map<number, Map<string, Uint8Array>> }).shards.values()].flatMap((s) => [...s.keys()]).find((k) => k.startsWith('s'))!;
    const doctored = JSON.parse(Buffer.from(c.read(key)!).toString('utf8')) as Array<[string, unknown]>;
    doctored[2]![0] = 'from-the-cache';
    c.write(key, Buffer.from(JSON.stringify(doctored)));
    clusterStoriesCached(warm, undefined, c);
    expect(warm.map((d) => d.story)).toEqual(['first', 'first', 'from-the-cache']);
    expect(warm[1]!.date).toEqual(cold[1]!.date);
  });

  it('clusters again when any article changes', () => {
    const c = cache();
    clusterStoriesCached(corpus(), undefined, c);
    const key = [...(c as unknown as { shards: Map<number, Map<string, Uint8Array>> }).shards.values()].flatMap((s) => [...s.keys()]).find((k) => k.startsWith('s'))!;
    c.write(key, Buffer.from(JSON.stringify([['x', null], ['x', null], ['x', null]])));
    const changed = corpus(' A spokesman added nothing.');
    clusterStoriesCached(changed, undefined, c);
    expect(changed.map((d) => d.story)).toEqual(['first', 'first', 'other']);
  });
});
