// The stories of a corpus, kept in the ingest cache. Clustering reads every article to link any two, so it
// cannot be cached per article; but a corpus seen before (an unchanged rebuild, the base side of a diff
// run again on a pull request's next push) gives the same stories. The key hashes everything clustering
// reads of each article, in order (the cache's version folder already stands for the code and the
// knowledge); the entry holds what it writes: each article's story and date.
import crypto from 'node:crypto';
import type { IngestCache } from './cache.ts';
import type { Knowledge } from './load-knowledge.ts';
import { clusterStories } from './cluster-stories.ts';
import type { Draft } from './types.ts';

type Outcome = Array<[story: string | null, date: Draft['date']]>;

export function clusterStoriesCached(drafts: Draft[], knowledge: Knowledge | undefined, cache: IngestCache | null): void {
  if (!cache) return clusterStories(drafts, knowledge);
  const hash = crypto.createHash('sha256');
  for (const d of drafts) {
    hash.update(JSON.stringify([d.sourceFile, d.slug, d.title, d.date, d.dateline ?? null, d.editor.story ?? null, d.editor.date ?? null, d.entities, d.blocks]));
    hash.update('\0');
  }
  const key = `s${hash.digest('hex')}`;
  const stored = read(cache.read(key), drafts.length);
  if (stored) {
    stored.forEach(([story, date], i) => {
      drafts[i]!.story = story;
      drafts[i]!.date = date;
    });
    return;
  }
  clusterStories(drafts, knowledge);
  const outcome: Outcome = drafts.map((d) => [d.story, d.date]);
  cache.write(key, Buffer.from(JSON.stringify(outcome)));
}

function read(bytes: Uint8Array | null, length: number): Outcome | null {
  if (!bytes) return null;
  try {
    const value = JSON.parse(Buffer.from(bytes).toString('utf8')) as unknown;
    return Array.isArray(value) && value.length === length ? (value as Outcome) : null;
  } catch {
    return null;
  }
}
