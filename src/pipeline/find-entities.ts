// Marks every mention of a known entity (content/entities/*.yaml: names and aliases) in the blocks, and
// merges later surname-only mentions of a person into the full name met earlier in the article. Each
// entity is listed once in `draft.entities`, in order of first mention.
import type { Knowledge } from './load-knowledge.ts';
import type { EntityEntry } from '../schema/knowledge.ts';
import type { ArticleEntity } from '../schema/article.ts';
import { escapeRegExp } from './clean-boilerplate.ts';
import type { Draft, Span } from './types.ts';

interface Gazetteer {
  byName: Map<string, EntityEntry>;
  pattern: RegExp | null;
}

const cache = new WeakMap<Knowledge, Gazetteer>();

function gazetteer(knowledge: Knowledge): Gazetteer {
  let g = cache.get(knowledge);
  if (!g) {
    const byName = new Map<string, EntityEntry>();
    for (const entity of knowledge.entities) {
      for (const name of [entity.name, ...entity.aliases]) if (!byName.has(name)) byName.set(name, entity);
    }
    // Longest names first so "Bashar al-Assad" wins over "Assad"; names are matched case-sensitively, since
    // "US" the country is not "us" the pronoun.
    const names = [...byName.keys()].sort((a, b) => b.length - a.length || a.localeCompare(b));
    g = { byName, pattern: names.length > 0 ? boundedAlternation(names) : null };
    cache.set(knowledge, g);
  }
  return g;
}

export function boundedAlternation(names: string[]): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}-])(?:${names.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}]|-\\p{L})`, 'gu');
}

export function findEntities(draft: Draft, knowledge: Knowledge): void {
  const g = gazetteer(knowledge);
  const found = new Map<string, ArticleEntity>();
  const surnames = new Map<string, EntityEntry>();
  const add = (entity: EntityEntry): void => {
    if (!found.has(entity.id)) {
      found.set(entity.id, { id: entity.id, name: entity.name, type: entity.type, ...(entity.role ? { role: entity.role } : {}) });
    }
    if (entity.type === 'person') {
      const surname = entity.name.split(' ').pop();
      if (surname && surname.length > 2) surnames.set(surname, entity);
    }
  };

  for (const block of draft.blocks) {
    const spans: Span[] = [];
    if (g.pattern) {
      for (const match of block.text.matchAll(g.pattern)) {
        const entity = g.byName.get(match[0])!;
        add(entity);
        spans.push({ kind: 'entity', start: match.index, end: match.index + match[0].length, id: entity.id });
      }
    }
    // Surname-only mentions of people already met ("Austin" after "Lloyd Austin").
    for (const [surname, entity] of surnames) {
      const re = new RegExp(`(?<![\\p{L}\\p{N}-])${escapeRegExp(surname)}(?:['’]s)?(?![\\p{L}\\p{N}])`, 'gu');
      for (const match of block.text.matchAll(re)) {
        const start = match.index;
        const end = start + surname.length;
        if (!spans.some((s) => s.start < end && start < s.end)) spans.push({ kind: 'entity', start, end, id: entity.id });
      }
    }
    block.spans.push(...spans.sort((a, b) => a.start - b.start));
  }
  draft.entities = [...found.values()];
}
