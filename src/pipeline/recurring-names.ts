// Names no cue announces, found by their shape across the article: a word the dictionary lacks that is
// capitalised every time it appears, at least twice inside a sentence ("Apple", "Rivian", "Hamas"), and a
// product name in camel case with its model ("iPhone 8", "iOS 7", "iPad Pro"). Headline-cased lines do not
// count as evidence (every word is capitalised there), nor do sentence openings.
import type { Knowledge } from './load-knowledge.ts';
import type { EntityType } from '../schema/article.ts';
import type { Cues } from './language.ts';
import { addEntity, gazetteer } from './find-entities.ts';
import { entityTokens } from './glued-names.ts';
import { isAbbreviation, isCalendarWord, isCommonWord, isFirstName, isKnownPlace, lexiconNameType, lexiconTags } from './lexicon.ts';
import { slugify } from './make-slug.ts';
import { facilityWords } from './facility-words.ts';
import { tokensOf, type Token } from './tokens.ts';
import type { Draft, EntitySpan } from './types.ts';

const MIN_MID_SENTENCE = 2;
/**
 * Share of English function words among a text's words above which it reads as English: 0.22 or more on every
 * English page measured (real pages, eval, seeds), 0.15 or less on the real pages in other languages.
 */
const ENGLISH_SHARE = 0.18;
const PLACE_BEFORE = new Set(['in', 'near', 'from', 'at', 'outside', 'to']);
/** "iPhone", "iOS", "eBay": a lowercase start, then capitals. */
const CAMEL = /^\p{Ll}{1,2}\p{Lu}[\p{L}]*$/u;
/** What follows a product's name as its model: "8", "6s", "X", "XS", "Pro". */
const MODEL = /^(?:\d{1,3}[a-zA-Z]?|[A-Z]{1,2}|\p{Lu}\p{Ll}{2,5})$/u;

interface Tally {
  mid: number;
  type: EntityType | null;
}

export function findRecurringNames(draft: Draft, knowledge: Knowledge, c: Cues): void {
  const g = gazetteer(knowledge);
  const functionWords = new Set(knowledge.language.functionWords.map((w) => w.toLowerCase()));
  // Capitals are evidence only in English: German capitalises every noun, and the dictionary is English.
  if (!readsAsEnglish(draft, functionWords)) return;
  const lower = new Set<string>();
  const tally = new Map<string, Tally>();
  const blocks = draft.blocks.map((block) => {
    const tokens = entityTokens(block, (word) => g.byName.has(word));
    const taken = (t: Token): boolean => block.spans.some((s) => s.kind === 'entity' && s.start < t.end && t.start < s.end);
    return { block, tokens, taken, headline: headlineCased(tokens, functionWords) };
  });
  for (const { tokens, taken, headline } of blocks) {
    tokens.forEach((t, i) => {
      if (!t.capitalised) {
        lower.add(t.text.toLowerCase());
        return;
      }
      if (headline || taken(t) || !candidate(t.text, c, functionWords) || plural(t.text, g.byName)) return;
      // "Nev.", "Ore.": a short word before a dot abbreviates one.
      if (t.text.length <= 4 && t.after.startsWith('.')) return;
      const prev = tokens[i - 1];
      const opens = !prev || /[.!?:;"“”|]$/u.test(prev.after);
      // A word inside a run of capitalised words belongs to that run's name, which other rules read.
      const inRun = (prev && prev.capitalised && prev.after === '') || (tokens[i + 1]?.capitalised && t.after === '' && !t.possessive);
      const entry = tally.get(t.text) ?? { mid: 0, type: null };
      if (!opens && !inRun) entry.mid++;
      if (prev && prev.after === '' && PLACE_BEFORE.has(prev.text)) entry.type ??= 'place';
      if (c.speechVerbs.startingAt(tokens, i + 1) > 0 && t.after === '') entry.type = 'person';
      tally.set(t.text, entry);
    });
  }
  const names = new Map<string, EntityType>();
  for (const person of surnamedPeople(draft, blocks, c, functionWords)) {
    const entity = addEntity(draft, { id: slugify(person.name) ?? 'person', name: person.name, type: 'person' });
    person.block.spans.push({ kind: 'entity', start: person.start, end: person.end, id: entity.id });
    person.block.spans.sort((a, b) => a.start - b.start);
    tally.delete(person.surname);
  }
  for (const [word, entry] of tally) {
    if (entry.mid < MIN_MID_SENTENCE || lower.has(word.toLowerCase())) continue;
    names.set(word, lexiconNameType(word) ?? entry.type ?? 'organization');
  }
  for (const { block, tokens, taken } of blocks) {
    const spans: EntitySpan[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (taken(t)) continue;
      const type = names.get(t.text);
      const camel = !type && CAMEL.test(t.text) && t.text.length >= 3 && !plural(t.text, g.byName);
      if (!type && !camel) continue;
      let last = i;
      // "iPhone 8", "iPad Pro": the model after a product's name is part of it.
      if (camel && t.after === '' && !t.possessive && tokens[i + 1] && MODEL.test(tokens[i + 1]!.text) && !functionWords.has(tokens[i + 1]!.text.toLowerCase())) last = i + 1;
      // "Apple Watch", "Apple Park": a brand's name with a capitalised word after it names its product or site.
      const after = tokens[i + 1];
      const branded = type === 'organization' && t.after === '' && !t.possessive && after && !taken(after) && brandedWord(after.text, c);
      if (branded) last = i + 1;
      const name = block.text.slice(t.start, tokens[last]!.end);
      const kind: EntityType = branded ? (facilityWords(knowledge).endingAt(tokens, last) > 0 ? 'place' : c.organizationWords.has(after!.text) ? 'organization' : 'system') : (type ?? 'system');
      const entity = addEntity(draft, { id: slugify(name) ?? 'entity', name, type: kind });
      spans.push({ kind: 'entity', start: t.start, end: tokens[last]!.end, id: entity.id });
      i = last;
    }
    if (spans.length === 0) continue;
    block.spans.push(...spans);
    block.spans.sort((a, b) => a.start - b.start);
  }
}

/** A word that may be a name of its own: not a dictionary word, a cue, a date, a demonym or an abbreviation. */
function candidate(word: string, c: Cues, functionWords: Set<string>): boolean {
  if (word.length < 3 || /\d/.test(word) || functionWords.has(word.toLowerCase()) || c.notNames.has(word)) return false;
  if (c.organizationWords.has(word) || c.roles.has(word) || c.ranks.has(word) || c.honorifics.has(word) || c.placeWords.has(word)) return false;
  if (isCommonWord(word) || isCalendarWord(word) || isAbbreviation(word) || lexiconTags(word).includes('Demonym')) return false;
  // Initials ("PCP", "U.S") and given names ("Josh") are read by other rules, with more evidence.
  return word !== word.toUpperCase() && !word.includes('.') && !isFirstName(word);
}

/** "UAVs", "iPhones", "Shaheds": the plural of initials, of a product or of a known name names no one thing. */
function plural(word: string, known: Map<string, unknown>): boolean {
  if (!/\p{L}s$/u.test(word)) return false;
  const stem = word.slice(0, -1);
  return stem === stem.toUpperCase() || CAMEL.test(stem) || known.has(stem);
}

/** "Apple Expected To Announce New iPhone": most words capitalised, so capitals say nothing there. */
function headlineCased(tokens: Token[], functionWords: Set<string>): boolean {
  const words = tokens.filter((t) => /^\p{L}/u.test(t.text) && !functionWords.has(t.text.toLowerCase()));
  return words.length >= 3 && words.filter((t) => t.capitalised).length / words.length >= 0.6;
}

interface Surnamed {
  name: string;
  surname: string;
  block: Draft['blocks'][number];
  start: number;
  end: number;
}

/**
 * "Holger Rune … Rune beat Wawrinka": two names the dictionary lacks, the second of them met again alone, are a
 * person and their surname, though no title or speech verb stands by. Known places are left out.
 */
function surnamedPeople(draft: Draft, blocks: Array<{ block: Draft['blocks'][number]; tokens: Token[]; taken: (t: Token) => boolean; headline: boolean }>, c: Cues, functionWords: Set<string>): Surnamed[] {
  const pairs: Surnamed[] = [];
  const alone = new Map<string, number>();
  for (const { block, tokens, taken } of blocks) {
    tokens.forEach((t, i) => {
      if (!t.capitalised || taken(t)) return;
      const prev = tokens[i - 1];
      const next = tokens[i + 1];
      // "On Saturday Kvasnik beat": a weekday or a sentence's "The" before a name is not part of it.
      const nameish = (u: Token | undefined): boolean => !!u?.capitalised && !c.notNames.has(u.text) && !isCalendarWord(u.text);
      const joinedBefore = nameish(prev) && prev!.after === '';
      const joinedAfter = nameish(next) && t.after === '' && !t.possessive;
      if (!joinedBefore && !joinedAfter) alone.set(t.text, (alone.get(t.text) ?? 0) + 1);
      if (!joinedBefore || joinedAfter || taken(prev!) || (nameish(tokens[i - 2]) && tokens[i - 2]!.after === '')) return;
      const given = prev!.text;
      if (!candidate(t.text, c, functionWords) || !(isFirstName(given) || candidate(given, c, functionWords))) return;
      const name = `${given} ${t.text}`;
      if (isKnownPlace(name) || isKnownPlace(t.text)) return;
      pairs.push({ name, surname: t.text, block, start: prev!.start, end: t.end });
    });
  }
  const seen = new Set(draft.entities.map((e) => e.name));
  return pairs.filter((p) => (alone.get(p.surname) ?? 0) > 0 && !seen.has(p.name));
}

/** The word after a brand that makes a product or site of it: capitalised, not a role, title, date or given name. */
function brandedWord(word: string, c: Cues): boolean {
  if (!/^\p{Lu}\p{Ll}{2,}$/u.test(word) || c.notNames.has(word) || c.roles.has(word) || c.ranks.has(word) || c.honorifics.has(word)) return false;
  return !isFirstName(word) && !isCalendarWord(word) && !isAbbreviation(word) && !lexiconTags(word).includes('Demonym');
}

function readsAsEnglish(draft: Draft, functionWords: Set<string>): boolean {
  let words = 0;
  let english = 0;
  for (const block of draft.blocks) {
    for (const t of tokensOf(block)) {
      if (!/^\p{L}/u.test(t.text)) continue;
      words++;
      if (functionWords.has(t.text.toLowerCase())) english++;
    }
  }
  return words > 0 && english / words >= ENGLISH_SHARE;
}
