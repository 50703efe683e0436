// Entities the change names for the first time, those whose role on their page changes, and those no
// article names any more. An entity's name, type and role are read as the site's entity index reads them
// (src/lib/briefing/entities.ts: the gazetteer's entry, else what the newest article naming it says, a
// role from the newest article that gives one); the index itself also pairs every co-mention, which costs
// seconds on a large corpus and says nothing the diff reports.
import { byDateDesc } from '../lib/briefing/build.ts';
import type { ArticleRecord } from '../lib/briefing/types.ts';
import type { ArticleFrontMatter, EntityType } from '../schema/article.ts';
import { refOf } from './compare-articles.ts';
import type { Links } from './links.ts';
import type { Snapshot } from './snapshot.ts';
import type { ArticleRef, EntityRef, FirstNamed, RoleChange } from './types.ts';

interface EntitySeen {
  id: string;
  name: string;
  type: EntityType;
  role: string | null;
  /** Newest first. */
  articles: ArticleFrontMatter[];
}

/** The snapshot's articles newest first, as the site lists them (the order roles are taken in). */
export function newestFirst(snapshot: Snapshot): ArticleFrontMatter[] {
  const records = [...snapshot.articles.values()].map((v) => ({ id: v.data.slug, data: v.data }) as unknown as ArticleRecord);
  return records.sort(byDateDesc).map((r) => r.data as unknown as ArticleFrontMatter);
}

export function entitiesOf(snapshot: Snapshot): Map<string, EntitySeen> {
  const known = new Map(snapshot.gazetteer.map((e) => [e.id, e]));
  const byId = new Map<string, EntitySeen>();
  for (const article of newestFirst(snapshot)) {
    for (const e of article.entities) {
      let seen = byId.get(e.id);
      if (!seen) {
        const entry = known.get(e.id);
        seen = entry ? { id: e.id, name: entry.name, type: entry.type, role: entry.role ?? null, articles: [] } : { id: e.id, name: e.name, type: e.type, role: e.role ?? null, articles: [] };
        byId.set(e.id, seen);
      }
      if (!seen.role && e.role) seen.role = e.role;
      if (seen.articles.at(-1) !== article) seen.articles.push(article);
    }
  }
  return byId;
}

export function compareEntities(base: Snapshot, head: Snapshot, links: Links): { firstNamed: FirstNamed[]; roleChanged: RoleChange[]; noLongerNamed: EntityRef[] } {
  const before = entitiesOf(base);
  const after = entitiesOf(head);
  const ref = (e: EntitySeen): EntityRef => ({ id: e.id, name: e.name, type: e.type, role: e.role, url: links.entity(e.id) });
  const byName = (a: EntitySeen, b: EntitySeen): number => a.name.localeCompare(b.name) || a.id.localeCompare(b.id);
  const now = [...after.values()].sort(byName);
  const firstNamed = now
    .filter((e) => !before.has(e.id))
    .map((e) => ({ ...ref(e), articles: e.articles.map((a): ArticleRef => refOf(a, links)) }));
  const roleChanged = now.filter((e) => before.has(e.id) && before.get(e.id)!.role !== e.role).map((e) => ({ ...ref(e), before: before.get(e.id)!.role }));
  const noLongerNamed = [...before.values()].filter((e) => !after.has(e.id)).sort(byName).map(ref);
  return { firstNamed, roleChanged, noLongerNamed };
}
