// What an article's event is recognised by, as a weighted bag of features: the entities it names (by canonical
// id, so two spellings or two languages of one name agree), the numbers and calendar days it gives, its key
// noun phrases and content words. Independent reports of one event share these ("Tu-22M3", "Hamadan", "16
// August", "second battery", "2-0") even when they share no sentence and no rare person. The title and lead
// state the event; later paragraphs are background that outlets repeat for every story on a subject, so
// features met in the lead weigh more. Kinds are a table, not code paths: a kind another module derives (a
// canonical concept across languages, say) is one more key with its weight.
import { isCommonWord, isFunctionWord } from './lexicon.ts';
import { tokenize } from './tokens.ts';
import type { Draft } from './types.ts';

export type FeatureKind = 'system' | 'person' | 'organization' | 'place' | 'name' | 'number' | 'day' | 'phrase' | 'word';

/** How much one occurrence of each kind says about the event (before corpus rarity). */
export const KIND_WEIGHT: Readonly<Record<FeatureKind, number>> = {
  system: 2,
  person: 1.5,
  organization: 1.5,
  place: 1.2,
  name: 1.5,
  number: 1.5,
  day: 2,
  phrase: 1.2,
  word: 0.5,
};

/** Words from the start that count as the lead (title included): the event's own facts. */
const LEAD_WORDS = 70;
const LEAD_BOOST = 2;

/** A quantity or a score as written: "24", "2,500", "2.5", "15th", "2-0", "1988". */
const NUMBER = /^\d[\d.,]*(?:st|nd|rd|th)?$|^\d{1,2}-\d{1,2}$/i;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
const DAY_MONTH = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}(?![a-z])|\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!\\d)`, 'gi');

/** A feature key is `<kind>:<value>`; the kind is what its weight is looked up by. */
export function kindOf(key: string): FeatureKind {
  return key.slice(0, key.indexOf(':')) as FeatureKind;
}

/**
 * The article's features with their weight in this article: kind weight × (1 + ln count) × a boost when one
 * occurrence is in the lead. Corpus rarity (idf) is applied by the caller, who knows the corpus.
 */
export interface Feature {
  weight: number;
  /** Met in the title or lead. */
  lead: boolean;
}

/** Stretches of text left out, by block: character ranges [start, end) of the block's text. */
export type Skip = ReadonlyMap<number, ReadonlyArray<readonly [number, number]>>;

/**
 * Every occurrence of a feature in an article, with the places it stands (block, character offsets): the
 * features of the whole article or of a part of it (`featuresOf` with a skip) are counted from these, so an
 * article is tokenised once however many parts of it are compared.
 */
export interface Occurrences {
  keys: string[];
  lead: boolean[];
  /** Block of the occurrence (-1: the title or the article's own date, never left out). */
  block: number[];
  /** Offsets in the block's text that must all be kept for the occurrence to count (-1: none). */
  at: number[];
  at2: number[];
  /** Entities' keys, each counted once if the text never names it (title or front-matter only). */
  entityKeys: string[];
  /** The distinct keys, sorted; each occurrence's and entity's key as an index into them. */
  sorted: string[];
  keyIndex: Int32Array;
  entityIndex: Int32Array;
}

/** `skip`: text left out (a passage another article repeats word for word, when that is background). */
export function storyFeatures(draft: Draft, functionWords: ReadonlySet<string> = new Set(), skip: Skip = new Map()): Map<string, Feature> {
  return featuresOf(featureOccurrences(draft, functionWords), skip);
}

export function featureOccurrences(draft: Draft, functionWords: ReadonlySet<string> = new Set()): Occurrences {
  const occ: Occurrences = { keys: [], lead: [], block: [], at: [], at2: [], entityKeys: [], sorted: [], keyIndex: new Int32Array(), entityIndex: new Int32Array() };
  const add = (key: string, lead: boolean, block: number, at: number, at2 = -1): void => {
    occ.keys.push(key);
    occ.lead.push(lead);
    occ.block.push(block);
    occ.at.push(at);
    occ.at2.push(at2);
  };
  const entities = new Map(draft.entities.map((e) => [e.id, e]));
  const texts = [draft.title ?? '', ...draft.blocks.map((b) => b.text)];
  let words = 0;
  texts.forEach((text, t) => {
    const block = t - 1;
    const startWords = words;
    const tokens = tokenize(text);
    const spans = block >= 0 ? draft.blocks[block]!.spans.filter((s) => s.kind === 'entity') : [];
    // A caption tells of its picture, not of the event: it is never the lead.
    const caption = block >= 0 && draft.blocks[block]!.kind === 'caption';
    const lead = (i: number): boolean => !caption && startWords + i < LEAD_WORDS;
    // Entities by canonical id, each mention where it stands; their words are not counted again as words.
    // A two-word phrase stands on both its words: it counts only when neither is left out.
    let s = 0;
    let previous: string | null = null;
    let previousAt = -1;
    tokens.forEach((token, i) => {
      const at = token.start;
      const before = previousAt;
      previousAt = at;
      while (s < spans.length && spans[s]!.end <= token.start) s++;
      const span = spans[s];
      if (span && span.start <= token.start) {
        const entity = entities.get(span.id);
        if (entity && span.start === token.start) add(entityKey(entity.type, entity.id), lead(i), block, at);
        if (entity) {
          previous = null;
          return;
        }
      }
      const raw = token.text;
      const lower = raw.toLowerCase();
      if (NUMBER.test(raw)) {
        add(`number:${normalNumber(raw)}`, lead(i), block, at);
        // A word and the number after it name a model or an edition: "iPhone 6", "Patriot 3", "Euro 2024".
        if (previous !== null) add(`phrase:${previous}_${normalNumber(raw)}`, lead(i), block, at, before);
        previous = null;
        return;
      }
      if (lower.length < 3 || functionWords.has(lower) || isFunctionWord(lower)) {
        previous = null;
        return;
      }
      // A capitalised word that is no ordinary word names something the entity finder did not list ("Murted");
      // so does a model code ("Tu-22M3").
      if ((token.capitalised && !isCommonWord(lower)) || /\d/.test(raw)) {
        const name = modelCode(lower) ?? skeleton(lower);
        add(`name:${name}`, lead(i), block, at);
        if (previous !== null && /\d/.test(raw)) add(`phrase:${previous}_${name}`, lead(i), block, at, before);
        previous = token.after === '' && !/\d/.test(raw) ? name : null;
        return;
      }
      const stem = stemOf(lower);
      add(`word:${stem}`, lead(i), block, at);
      // Two content words in a row, with nothing but a space between: "second battery", "strategic partnership".
      if (previous !== null) add(`phrase:${previous}_${stem}`, lead(i), block, at, before);
      previous = token.after === '' ? stem : null;
    });
    for (const m of text.matchAll(DAY_MONTH)) {
      const day = Number(m[1] ?? m[4]);
      const month = MONTHS.indexOf((m[2] ?? m[3])!.slice(0, 3).toLowerCase()) + 1;
      if (day >= 1 && day <= 31 && month >= 1) add(`day:${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`, !caption && startWords < LEAD_WORDS, block, m.index);
    }
    if (!caption) words += tokens.length;
  });
  // The article's own day and its dateline's are days of its lead.
  if (draft.date?.precision === 'day') add(`day:${draft.date.date.slice(5)}`, true, -1, -1);
  for (const m of (draft.dateline?.text ?? '').matchAll(DAY_MONTH)) {
    const day = Number(m[1] ?? m[4]);
    const month = MONTHS.indexOf((m[2] ?? m[3])!.slice(0, 3).toLowerCase()) + 1;
    if (day >= 1 && day <= 31 && month >= 1) add(`day:${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`, true, -1, -1);
  }
  occ.entityKeys = draft.entities.map((e) => entityKey(e.type, e.id));
  occ.sorted = [...new Set([...occ.keys, ...occ.entityKeys])].sort();
  const rank = new Map(occ.sorted.map((key, k) => [key, k]));
  occ.keyIndex = Int32Array.from(occ.keys, (key) => rank.get(key)!);
  occ.entityIndex = Int32Array.from(occ.entityKeys, (key) => rank.get(key)!);
  return occ;
}

/** The features counted from an article's occurrences, leaving out those that stand in skipped text. */
export function featuresOf(occ: Occurrences, skip: Skip = new Map()): Map<string, Feature> {
  // Counted by the key's rank among the article's sorted keys: the features come out sorted by key.
  const count = new Int32Array(occ.sorted.length);
  const lead = new Uint8Array(occ.sorted.length);
  const left = (ranges: ReadonlyArray<readonly [number, number]>, at: number): boolean => at >= 0 && ranges.some(([from, to]) => at >= from && at < to);
  for (let k = 0; k < occ.keys.length; k++) {
    const ranges = skip.size > 0 && occ.block[k]! >= 0 ? skip.get(occ.block[k]!) : undefined;
    if (ranges && ranges.length > 0 && (left(ranges, occ.at[k]!) || left(ranges, occ.at2[k]!))) continue;
    const r = occ.keyIndex[k]!;
    count[r]!++;
    if (occ.lead[k]) lead[r] = 1;
  }
  // An entity named only in the title or front-matter still counts once.
  for (const r of occ.entityIndex) if (count[r] === 0) count[r] = 1;

  const out = new Map<string, Feature>();
  for (let r = 0; r < occ.sorted.length; r++) {
    const n = count[r]!;
    if (n === 0) continue;
    const key = occ.sorted[r]!;
    const weight = KIND_WEIGHT[kindOf(key)] * (1 + Math.log(n)) * (lead[r] ? LEAD_BOOST : 1);
    if (weight > 0) out.set(key, { weight, lead: lead[r] === 1 });
  }
  return out;
}

/**
 * An entity by its id, spelled so that transliterations and a maker's name agree: a weapon system by its model
 * code ("Tupolev-22M3" and "Tu-22M3" are 22m3), anything else by its consonant skeleton ("Hamadan" and
 * "Hamedan" are hmdn, "Heydari" and "Heidari" hdr).
 */
function entityKey(type: string, id: string): string {
  const code = type === 'system' ? modelCode(id) : null;
  return `${type}:${code ?? id.split('-').map(skeleton).join('-')}`;
}

/** The designation of a model, "su-35" → "35", "tu-22m3" → "22m3", "s-400" → "400"; null for other words. */
function modelCode(word: string): string | null {
  return /^\p{L}{1,10}-?(\d+[\p{L}\d]*)$/u.exec(word)?.[1] ?? null;
}

/** A word without its vowels after the first letter, nor doubled letters: spellings of one name agree. */
export function skeleton(word: string): string {
  const plain = word.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  return (plain[0] ?? '') + plain.slice(1).replace(/[aeiouy]/g, '').replace(/(.)\1+/g, '$1');
}

/** "2,500" → "2500", "15th" → "15", "$2.5" → "2.5": one number however it is written. */
function normalNumber(raw: string): string {
  return raw.toLowerCase().replace(/,(?=\d{3})/g, '').replace(/^(\d+)(?:st|nd|rd|th)$/, '$1');
}

/** A light English stem, enough for "bombers"/"bomber", "strikes"/"strike", "deliveries"/"delivery". */
export function stemOf(word: string): string {
  if (word.length <= 4) return word;
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (/(?:ss|us|is)$/.test(word)) return word;
  if (/(?:ches|shes|xes|sses)$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s')) return word.slice(0, -1);
  return word;
}
