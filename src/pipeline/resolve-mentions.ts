// Last step of entity finding: short forms are merged into the full name met in the article ("Austin" after
// "Lloyd Austin", "Gen Milley", "Pukhov’s", an organization's initials "RUSI"), the dateline's place and the
// known names of the headline join the list, and the list is ordered by first mention. An entity with no
// mention left is dropped.
import type { Knowledge } from './load-knowledge.ts';
import type { ArticleEntity } from '../schema/article.ts';
import { addEntity, entryToEntity, gazetteer, lookupAt } from './find-entities.ts';
import { slugify } from './make-slug.ts';
import { isCalendarWord } from './lexicon.ts';
import { tokenize, tokensOf } from './tokens.ts';
import type { Draft, EntitySpan } from './types.ts';

export function resolveMentions(draft: Draft, knowledge: Knowledge): void {
  const short = shortForms(draft.entities, knowledge);
  const names = new Map(draft.entities.map((e) => [e.id, e.name.split(/\s+/)]));
  for (const block of draft.blocks) {
    const spans = block.spans.filter((s): s is EntitySpan => s.kind === 'entity');
    const added: EntitySpan[] = [];
    const tokens = tokensOf(block);
    tokens.forEach((t, i) => {
      if (!t.capitalised || spans.some((s) => s.start < t.end && t.start < s.end)) return;
      const ids = short.get(t.text);
      if (!ids) return;
      // Ambiguous surnames go to the person mentioned most recently before this point.
      const id = ids.length === 1 ? ids[0]! : latestBefore(draft, block, t.start, ids) ?? ids[0]!;
      // "Hamid Vahedi" where discovery saw only the surname: the given names before it join the mention.
      const words = names.get(id) ?? [];
      let first = i;
      for (let w = words.length - 2; w >= 0 && first > 0; w--) {
        const prev = tokens[first - 1]!;
        if (prev.after !== '' || prev.text !== words[w] || spans.some((s) => s.start < prev.end && prev.start < s.end)) break;
        first--;
      }
      added.push({ kind: 'entity', start: tokens[first]!.start, end: t.end, id });
    });
    block.spans.push(...added);
    block.spans.sort((a, b) => a.start - b.start);
  }

  const order = new Map<string, number>();
  let n = 0;
  for (const block of draft.blocks) for (const s of block.spans) if (s.kind === 'entity' && !order.has(s.id)) order.set(s.id, n++);
  const place = draft.dateline?.place ? datelinePlace(draft, draft.dateline.place, knowledge) : null;
  const inHeadline = headlineEntities(draft, knowledge);
  draft.entities = draft.entities
    .filter((e) => order.has(e.id) || e.id === place || inHeadline.has(e.id))
    .sort((a, b) => (order.get(a.id) ?? -1) - (order.get(b.id) ?? -1));
}

/** Surnames of people ("Grynkewich", "Assad" of "al-Assad") and initials of organizations ("RUSI"). */
function shortForms(entities: ArticleEntity[], knowledge: Knowledge): Map<string, string[]> {
  const g = gazetteer(knowledge);
  const map = new Map<string, string[]>();
  const add = (key: string, id: string): void => {
    if (key.length < 3) return;
    const ids = map.get(key) ?? [];
    if (!ids.includes(id)) ids.push(id);
    map.set(key, ids);
  };
  for (const e of entities) {
    const words = e.name.split(/\s+/);
    // Every spelling the gazetteer knows gives its surname ("Zelenskyy" of "Volodymyr Zelenskyy").
    for (const name of e.type === 'person' ? [e.name, ...(g.byId.get(e.id)?.aliases ?? [])] : []) {
      const parts = name.split(/\s+/);
      if (parts.length < 2) continue;
      const surname = parts[parts.length - 1]!;
      add(surname, e.id);
      const bare = surname.replace(/^(?:al|el|ad|as|ash|an|at)-/u, '');
      if (bare !== surname) add(bare, e.id);
    }
    if (e.type === 'organization' && words.length >= 3) {
      const initials = words.filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
      if (initials.length >= 3) add(initials, e.id);
    }
  }
  return map;
}

function latestBefore(draft: Draft, block: Draft['blocks'][number], offset: number, ids: string[]): string | null {
  let latest: string | null = null;
  for (const b of draft.blocks) {
    for (const s of b.spans) {
      if (b === block && s.start >= offset) return latest;
      if (s.kind === 'entity' && ids.includes(s.id)) latest = s.id;
    }
    if (b === block) break;
  }
  return latest;
}

/** Known names in the headline the page carried (taken off the body as the title): they belong to the article. */
function headlineEntities(draft: Draft, knowledge: Knowledge): Set<string> {
  const headline = draft.removed.find((r) => r.rule === 'headline');
  const ids = new Set<string>();
  if (!headline) return ids;
  const g = gazetteer(knowledge);
  const tokens = tokenize(headline.text);
  for (let i = 0; i < tokens.length; i++) {
    const hit = lookupAt(g, tokens, i);
    if (!hit) continue;
    ids.add(addEntity(draft, entryToEntity(hit.entity)).id);
    i += hit.length - 1;
  }
  return ids;
}

/** The dateline's place as an entity: from the gazetteer when known ("KYIV" → Kyiv), else as written. */
function datelinePlace(draft: Draft, place: string, knowledge: Knowledge): string | null {
  const g = gazetteer(knowledge);
  const entry = g.byName.get(place);
  if (entry) return addEntity(draft, entryToEntity(entry)).id;
  // "Today, 3:14 pm": a time stamp read as a dateline names no place.
  if (isCalendarWord(place)) return null;
  const id = slugify(place);
  return id ? addEntity(draft, { id, name: place, type: 'place' }).id : null;
}
