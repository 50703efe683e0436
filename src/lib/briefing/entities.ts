// Every entity the articles name, merged with the editors' gazetteer (which supplies descriptions and default
// roles; entities discovered only in articles have none), with their mentions sentence by sentence, their
// quotations and who or what they appear with. One pass over the articles.
import type { EntityEntry } from '../../schema/knowledge.ts';
import type { ArticleRecord, Counted, EntityInfo, MentionGroup, QuoteRef } from './types.ts';

export interface EntityIndex {
  /** By name. */
  entities: EntityInfo[];
  byId: Map<string, EntityInfo>;
  /** Articles naming each entity, in the order the articles were given (newest first). */
  articles: Map<string, ArticleRecord[]>;
  mentions: Map<string, MentionGroup[]>;
  quotesBySpeaker: Map<string, QuoteRef[]>;
  /** Entities named in the same articles, most shared articles first, a few of each kind. */
  coMentions: Map<string, Counted<EntityInfo>[]>;
}

/** How many co-mentioned entities of each kind an entity page lists. */
const CO_MENTIONS_PER_KIND = 6;

export function indexEntities(articles: ArticleRecord[], gazetteer: EntityEntry[]): EntityIndex {
  const known = new Map(gazetteer.map((e) => [e.id, e]));
  const byId = new Map<string, EntityInfo>();
  const articlesOf = new Map<string, ArticleRecord[]>();
  const mentions = new Map<string, MentionGroup[]>();
  const quotesBySpeaker = new Map<string, QuoteRef[]>();
  const pairs = new Map<string, Map<string, number>>();

  for (const article of articles) {
    const ids = [...new Set(article.data.entities.map((e) => e.id))];
    for (const e of article.data.entities) {
      let info = byId.get(e.id);
      if (!info) {
        const entry = known.get(e.id);
        info = entry
          ? { id: e.id, name: entry.name, type: entry.type, ...optional('role', entry.role), ...optional('description', entry.description), known: true, articleCount: 0, mentionCount: 0 }
          : { id: e.id, name: e.name, type: e.type, ...optional('role', e.role), known: false, articleCount: 0, mentionCount: 0 };
        byId.set(e.id, info);
      }
      if (!info.role && e.role) info.role = e.role;
    }
    for (const id of ids) {
      byId.get(id)!.articleCount++;
      push(articlesOf, id, article);
    }
    const groups = new Map<string, MentionGroup>();
    for (const sentence of article.data.annotations.sentences) {
      for (const id of new Set(sentence.mentions.map((m) => m.id))) {
        const info = byId.get(id);
        if (!info) continue;
        info.mentionCount++;
        let group = groups.get(id);
        if (!group) {
          group = { article, sentences: [] };
          groups.set(id, group);
          push(mentions, id, group);
        }
        group.sentences.push(sentence);
      }
    }
    for (const quote of article.data.annotations.quotes) {
      if (quote.speakerId && byId.has(quote.speakerId)) push(quotesBySpeaker, quote.speakerId, { article, quote });
    }
    for (const a of ids) {
      let row = pairs.get(a);
      if (!row) pairs.set(a, (row = new Map()));
      for (const b of ids) if (a !== b) row.set(b, (row.get(b) ?? 0) + 1);
    }
  }

  const coMentions = new Map<string, Counted<EntityInfo>[]>();
  for (const [id, row] of pairs) {
    const ranked = [...row]
      .map(([other, count]) => ({ item: byId.get(other)!, count }))
      .sort((x, y) => y.count - x.count || y.item.articleCount - x.item.articleCount || x.item.name.localeCompare(y.item.name));
    // A few of each kind, so that places named everywhere do not crowd out the people and systems.
    const perKind = new Map<string, number>();
    const kept = ranked.filter((c) => {
      const n = perKind.get(c.item.type) ?? 0;
      perKind.set(c.item.type, n + 1);
      return n < CO_MENTIONS_PER_KIND;
    });
    coMentions.set(id, kept);
  }
  const entities = [...byId.values()].sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  return { entities, byId, articles: articlesOf, mentions, quotesBySpeaker, coMentions };
}

/** Number of articles per page of an entity's mentions. */
export const MENTION_PAGE = 30;

/** Every article naming an entity, with the sentences that mention it; articles with none come last. */
export function mentionList(index: EntityIndex, id: string): MentionGroup[] {
  const groups = index.mentions.get(id) ?? [];
  const marked = new Set(groups.map((g) => g.article.id));
  const unmarked = (index.articles.get(id) ?? []).filter((a) => !marked.has(a.id)).map((article) => ({ article, sentences: [] }));
  return [...groups, ...unmarked];
}

/** Entities ranked by the number of articles naming them, then by mentions. */
export function rankEntities(entities: Iterable<EntityInfo>, keep: (e: EntityInfo) => boolean, limit: number): EntityInfo[] {
  return [...entities]
    .filter(keep)
    .sort((a, b) => b.articleCount - a.articleCount || b.mentionCount - a.mentionCount || a.name.localeCompare(b.name))
    .slice(0, limit);
}

export function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function optional<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  return value ? ({ [key]: value } as Record<K, string>) : {};
}
