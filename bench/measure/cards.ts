// Child process of the benchmark: renders the link-preview card of every article, topic and entity page of a
// generated corpus, first with an empty card cache (as a cold build does) and then again with it full, and
// prints {cards, coldMs, warmMs} (CPU) as JSON. The cards are the ones the build writes (src/lib/link-preview).
//
//   node bench/measure/cards.ts GENERATED_DIR CACHE_DIR
import fs from 'node:fs';
import path from 'node:path';

const [generated, cache] = process.argv.slice(2).map((p) => path.resolve(p));
if (!generated || !cache) throw new Error('usage: cards.ts GENERATED_DIR CACHE_DIR');
fs.rmSync(cache, { recursive: true, force: true });
process.env.SITREP_CARD_CACHE = cache;
const { cachedCard } = await import('../../src/lib/link-preview/card-cache.ts');
const { ENTITY_KIND } = await import('../../src/lib/link-preview/cards.ts');
const { formatDate } = await import('../../src/lib/format-date.ts');
const { readFrontMatterKeys } = await import('../../src/lib/read-front-matter-keys.ts');

interface Front {
  title: string;
  date: string | null;
  source: string | null;
  topics: string[];
  entities: Array<{ id: string; name: string; type: keyof typeof ENTITY_KIND }>;
}
const FRONT_KEYS = new Set(['title', 'date', 'source', 'topics', 'entities']);
const cards: Array<{ site: string; kind: string; title: string; facts: string[] }> = [];
const entities = new Map<string, { name: string; type: keyof typeof ENTITY_KIND; count: number }>();
const topics = new Map<string, number>();
for (const file of fs.readdirSync(generated).filter((f) => f.endsWith('.mdx')).sort()) {
  const data = readFrontMatterKeys<Front>(path.join(generated, file), FRONT_KEYS)!;
  cards.push({ site: 'Sitrep', kind: 'Article', title: data.title, facts: [data.source ?? '', data.date ? formatDate(data.date) : '', data.topics[0] ?? ''] });
  for (const t of data.topics) topics.set(t, (topics.get(t) ?? 0) + 1);
  for (const e of data.entities) {
    const known = entities.get(e.id) ?? { name: e.name, type: e.type, count: 0 };
    known.count++;
    entities.set(e.id, known);
  }
}
for (const [id, count] of topics) cards.push({ site: 'Sitrep', kind: 'Topic', title: id, facts: [`${count} articles`] });
for (const e of entities.values()) cards.push({ site: 'Sitrep', kind: ENTITY_KIND[e.type], title: e.name, facts: [`named in ${e.count} articles`] });

// CPU time of this thread: on a machine shared with other builds it moves far less than wall time.
const time = () => {
  const started = process.cpuUsage();
  for (const card of cards) cachedCard(card);
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1000;
};
const coldMs = time();
const warmMs = time();
console.log(JSON.stringify({ cards: cards.length, coldMs, warmMs }));
