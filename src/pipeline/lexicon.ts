// A dictionary of English words, first names, countries and cities, taken from compromise's lexicon (a
// well-kept NLP library). Only lookups: tagging a whole text with compromise costs ~24 ms, a lookup nothing.
// Loaded once per process, on first use.
import nlp from 'compromise/two';

let lexicon: Record<string, string | string[]> | null = null;

/** compromise's tags for a word or phrase (lowercased); empty when the dictionary lacks it. */
export function lexiconTags(word: string): string[] {
  return tagsOf(word);
}

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

/** A finite verb or gerund ("confirming", "said", "announces"), also when only its stem is in the dictionary. */
export function isVerbForm(word: string): boolean {
  const lower = word.toLowerCase();
  if (tagsOf(lower).some((t) => /PastTense|Gerund|PresentTense/.test(t))) return true;
  const stem = /^(.{3,}?)(?:ing|ed|es|s)$/.exec(lower)?.[1];
  if (!stem) return false;
  return [stem, `${stem}e`].some((s) => tagsOf(s).includes('Infinitive'));
}

/** "Ariz", "Calif", "Dist": an abbreviation the dictionary knows, not a name standing alone. */
export function isAbbreviation(word: string): boolean {
  return tagsOf(word).includes('Abbreviation');
}

/** "Jan", "Saturday", "Oct": a month or weekday. */
export function isCalendarWord(word: string): boolean {
  return tagsOf(word).some((t) => t === 'Month' || t === 'WeekDay' || t === 'Date');
}

/** What compromise's dictionary says a capitalised name is ("NBA", "Golden State Warriors", "Toyota"). */
export function lexiconNameType(phrase: string): 'organization' | 'person' | 'place' | null {
  const tags = tagsOf(phrase);
  if (tags.includes('Organization') || tags.includes('SportsTeam')) return 'organization';
  if (tags.includes('Person')) return 'person';
  if (tags.some((t) => PLACE_TAGS.has(t))) return 'place';
  return null;
}

/** A word the dictionary holds, itself or as a plural or verb form of one ("industries", "confirming"). */
export function isDictionaryWord(word: string): boolean {
  const lower = word.toLowerCase();
  if (tagsOf(lower).length > 0 || isVerbForm(lower)) return true;
  const singular = lower.endsWith('ies') ? `${lower.slice(0, -3)}y` : lower.replace(/e?s$/, '');
  return singular !== lower && (tagsOf(singular).length > 0 || tagsOf(lower.slice(0, -1)).length > 0);
}

const GRAMMAR_TAGS = /Preposition|Conjunction|Determiner|Pronoun|Copula|Modal|QuestionWord|Negative|Auxiliary/;

/** A word of grammar ("the", "which", "would", "their"): says nothing of what an article is about. */
export function isFunctionWord(word: string): boolean {
  return tagsOf(word).some((t) => GRAMMAR_TAGS.test(t));
}
