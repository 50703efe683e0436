// Marks every mention of a known entity (content/entities/*.yaml: names and aliases) in the blocks. Names
// are looked up by word n-grams, longest first, case-sensitively ("US" the country is not "us" the pronoun),
// so the cost grows with the text, not with the size of the gazetteer. A possessive "’s" stays outside the
// mention. Later steps discover names the gazetteer lacks and merge short forms.
import type { Knowledge } from './load-knowledge.ts';
import type { EntityEntry } from '../schema/knowledge.ts';
import type { ArticleEntity } from '../schema/article.ts';
import { tokenize, type Token } from './tokens.ts';
import { entityTokens } from './glued-names.ts';
import { facilityWords } from './facility-words.ts';
import { slugify } from './make-slug.ts';
import type { Draft, EntitySpan } from './types.ts';

export interface Gazetteer {
  byName: Map<string, EntityEntry>;
  byId: Map<string, EntityEntry>;
  /** Every word prefix of every name ("Bashar", "Bashar al-Assad"), so a lookup stops as soon as none fits. */
  prefixes: Set<string>;
}

const cache = new WeakMap<Knowledge, Gazetteer>();

export function gazetteer(knowledge: Knowledge): Gazetteer {
  let g = cache.get(knowledge);
  if (!g) {
    const byName = new Map<string, EntityEntry>();
    const byId = new Map<string, EntityEntry>();
    const prefixes = new Set<string>();
    for (const entity of knowledge.entities) {
      if (!byId.has(entity.id)) byId.set(entity.id, entity);
      for (const name of [entity.name, ...entity.aliases]) {
        const words = tokenize(name).map((t) => t.text);
        if (words.length === 0) continue;
        if (!byName.has(words.join(' '))) byName.set(words.join(' '), entity);
        for (let n = 1; n <= words.length; n++) prefixes.add(words.slice(0, n).join(' '));
      }
    }
    g = { byName, byId, prefixes };
    cache.set(knowledge, g);
  }
  return g;
}

/** Longest known name starting at token i: its entity and how many tokens it covers. */
export function lookupAt(g: Gazetteer, tokens: Token[], i: number): { entity: EntityEntry; length: number } | null {
  let key = '';
  let found: { entity: EntityEntry; length: number } | null = null;
  for (let n = 1; i + n - 1 < tokens.length; n++) {
    const t = tokens[i + n - 1]!;
    key = n === 1 ? t.text : `${key} ${t.text}`;
    if (!g.prefixes.has(key)) break;
    const entity = g.byName.get(key);
    if (entity) found = { entity, length: n };
    // A name never runs across punctuation or a possessive ("Iran’s Tehran").
    if (t.after !== '' && t.after !== '-' || t.possessive) break;
  }
  return found;
}

export function findEntities(draft: Draft, knowledge: Knowledge): void {
  const g = gazetteer(knowledge);
  const facilities = facilityWords(knowledge);
  for (const block of draft.blocks) {
    const tokens = entityTokens(block, (word) => g.byName.has(word));
    const spans: EntitySpan[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const hit = lookupAt(g, tokens, i);
      if (!hit) {
        // "Shahed-type drones", "Tehran-backed rebels": the name before a hyphenated lowercase word.
        const compound = /^(.+?)-\p{Ll}+$/u.exec(tokens[i]!.text);
        const entity = compound ? g.byName.get(compound[1]!) : undefined;
        if (entity) {
          addEntity(draft, entryToEntity(entity));
          spans.push({ kind: 'entity', start: tokens[i]!.start, end: tokens[i]!.start + compound![1]!.length, id: entity.id });
        }
        continue;
      }
      const last = i + hit.length - 1;
      // "the Steve Jobs theater": a building named for a person is a place, not the person.
      const facility = hit.entity.type === 'person' && tokens[last]!.after === '' && !tokens[last]!.possessive ? facilities.startingAt(tokens, last + 1) : 0;
      if (facility > 0) {
        const end = tokens[last + facility]!.end;
        const name = block.text.slice(tokens[i]!.start, end).replace(/\s+/g, ' ');
        const place = addEntity(draft, { id: slugify(name) ?? hit.entity.id, name, type: 'place' });
        spans.push({ kind: 'entity', start: tokens[i]!.start, end, id: place.id });
        i = last + facility;
        continue;
      }
      addEntity(draft, entryToEntity(hit.entity));
      spans.push({ kind: 'entity', start: tokens[i]!.start, end: tokens[last]!.end, id: hit.entity.id });
      i = last;
    }
    block.spans.push(...spans);
  }
}

export function entryToEntity(entry: EntityEntry): ArticleEntity {
  return { id: entry.id, name: entry.name, type: entry.type, ...(entry.role ? { role: entry.role } : {}) };
}

/** Adds an entity to the article's list once; the first entry for an id wins. */
export function addEntity(draft: Draft, entity: ArticleEntity): ArticleEntity {
  const existing = draft.entities.find((e) => e.id === entity.id);
  if (existing) return existing;
  draft.entities.push(entity);
  return entity;
}
