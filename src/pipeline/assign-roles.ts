// Gives each person the role the article states for them, read around every mention (full name or surname):
// an apposition beats a title phrase, which beats a bare rank; the first statement of equal strength wins.
// When the article states none (or only a bare rank), the gazetteer's role stands.
import type { Knowledge } from './load-knowledge.ts';
import { cues } from './language.ts';
import { roleAround, type Role } from './person-roles.ts';
import { entityTokens } from './glued-names.ts';
import { gazetteer } from './find-entities.ts';
import type { Draft } from './types.ts';

export function assignRoles(draft: Draft, knowledge: Knowledge): void {
  const c = cues(knowledge);
  const g = gazetteer(knowledge);
  const people = new Map(draft.entities.filter((e) => e.type === 'person').map((e) => [e.id, e]));
  const nameWords = new Map([...people].map(([id, e]) => [id, new Set(e.name.toLowerCase().split(/\s+/).filter(Boolean))]));
  const best = new Map<string, Role>();
  for (const block of draft.blocks) {
    const tokens = entityTokens(block, (word) => g.byName.has(word));
    for (const span of block.spans) {
      if (span.kind !== 'entity' || !people.has(span.id)) continue;
      let first = tokens.findIndex((t) => t.start >= span.start);
      let last = first;
      while (last + 1 < tokens.length && tokens[last + 1]!.end <= span.end) last++;
      if (first < 0) continue;
      // "Turkish President Tayyip Erdogan" matched as "Erdogan": the rest of the name is not part of the role.
      const names = nameWords.get(span.id)!;
      while (first > 0 && tokens[first - 1]!.after === '' && names.has(tokens[first - 1]!.text.toLowerCase())) first--;
      const role = roleAround(block.text, tokens, first, last, c);
      const current = best.get(span.id);
      if (role && (!current || role.strength > current.strength)) best.set(span.id, role);
    }
  }
  for (const [id, role] of best) {
    const person = people.get(id)!;
    // A bare rank or office does not replace the gazetteer's fuller role.
    if (role.strength > 1 || !person.role) person.role = role.text;
  }
}
