// content/language.yaml's facilityWords compiled once per Knowledge: the nouns that end the name of a building,
// a venue or a street named for someone ("Steve Jobs Theater", "Wrigley Field", "Santiago Blvd").
import type { Knowledge } from './load-knowledge.ts';
import { PhraseSet } from './language.ts';

const cache = new WeakMap<Knowledge, PhraseSet>();

export function facilityWords(knowledge: Knowledge): PhraseSet {
  let set = cache.get(knowledge);
  if (!set) {
    set = new PhraseSet(knowledge.language.facilityWords);
    cache.set(knowledge, set);
  }
  return set;
}
