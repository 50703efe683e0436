// A dictionary of English words, first names, countries and cities, taken from compromise's lexicon (a
// well-kept NLP library). Only lookups: tagging a whole text with compromise costs ~24 ms, a lookup nothing.
// Loaded once per process, on first use.
import nlp from 'compromise/two';

let lexicon: Record<string, string | string[]> | null = null;

function tagsOf(word: string): string[] {
  lexicon ??= (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
  const tags = lexicon[word.toLowerCase()];
  return tags === undefined ? [] : Array.isArray(tags) ? tags : [tags];
}

const NAME_TAGS = new Set(['MaleName', 'FemaleName', 'FirstName']);
const PLACE_TAGS = new Set(['City', 'Country', 'Region', 'Place']);
const PROPER_TAGS = new Set([...NAME_TAGS, ...PLACE_TAGS, 'Person', 'LastName', 'ProperNoun', 'Organization', 'SportsTeam', 'Month', 'WeekDay']);

/** "Matthew", "Leila": a given name in the dictionary. */
export function isFirstName(word: string): boolean {
  return tagsOf(word).some((t) => NAME_TAGS.has(t));
}

/** "Paris", "New Delhi", "Luxembourg": a city, country or region in the dictionary. */
export function isKnownPlace(phrase: string): boolean {
  return tagsOf(phrase).some((t) => PLACE_TAGS.has(t));
}

/** An ordinary English word ("Heading", "However", "Every"), not a name of anything. */
export function isCommonWord(word: string): boolean {
  const tags = tagsOf(word);
  return tags.length > 0 && !tags.some((t) => PROPER_TAGS.has(t));
}

/** A verb form ("met", "visited", "responding"): ends a title phrase read backwards from a name. */
export function isVerb(word: string): boolean {
  return tagsOf(word).some((t) => /Tense|Gerund|Infinitive|Participle|Verb|PhrasalVerb|Copula|Modal/.test(t));
}

const MODIFIER_TAGS = /^(?:Adjective|Singular|Plural|Uncountable|Noun|Demonym|Actor|Comparative|Superlative)$/;
const FUNCTION_TAGS = /Preposition|Conjunction|Determiner|Pronoun|Adverb|Tense|Gerund|Infinitive|Participle|Copula|Modal|QuestionWord|Negative/;

/** A word that may sit inside a title phrase ("foreign", "ministry", "senior"): a noun or adjective, or unknown. */
export function isModifierWord(word: string): boolean {
  const tags = tagsOf(word);
  if (tags.length === 0) return true;
  return tags.some((t) => MODIFIER_TAGS.test(t)) && !tags.some((t) => FUNCTION_TAGS.test(t));
}

const GRAMMAR_TAGS = /Preposition|Conjunction|Determiner|Pronoun|Copula|Modal|QuestionWord|Negative|Auxiliary/;

/** A word of grammar ("the", "which", "would", "their"): says nothing of what an article is about. */
export function isFunctionWord(word: string): boolean {
  return tagsOf(word).some((t) => GRAMMAR_TAGS.test(t));
}
