// Marks mentions of known entities written in the article's own language and script ("Шойгу", "سوخو ۳۵",
// "Ирана"), from content/languages/<lang>.yaml, after find-entities has marked the exact English names.
// Words are compared folded (fold-text: letter variants, digits, diacritics, case), and a name also matches
// with one of the language's prefixes before its first word (Arabic "و", "ال") or suffixes after its last
// ("Ирана", "پهپادها"), so inflected and cliticised forms need no list of their own.
import type { Knowledge } from './load-knowledge.ts';
import type { LanguageData } from '../schema/languages.ts';
import { addEntity, entryToEntity, gazetteer } from './find-entities.ts';
import { fold } from './fold-text.ts';
import { tokenize, tokensOf } from './tokens.ts';
import type { Draft, EntitySpan } from './types.ts';

/** A stem shorter than this after taking an affix off is too short to be the name. */
const MIN_STEM = 2;
/** A name's own stem must be longer: "Рим" less its ending would match too much. */
const MIN_ALIAS_STEM = 4;

interface NativeIndex {
  byName: Map<string, string>;
  longest: number;
  prefixes: string[];
  suffixes: string[];
}

const cache = new WeakMap<Knowledge, Map<string, NativeIndex | null>>();

/** The language data that applies to a BCP 47 tag: its own file, else its primary language's ("pt-BR" → pt). */
export function languageData(knowledge: Knowledge, lang: string): LanguageData | null {
  return knowledge.languages[lang] ?? knowledge.languages[lang.split('-')[0]!] ?? null;
}

function nativeIndex(knowledge: Knowledge, lang: string): NativeIndex | null {
  let byLang = cache.get(knowledge);
  if (!byLang) cache.set(knowledge, (byLang = new Map()));
  if (byLang.has(lang)) return byLang.get(lang)!;
  const data = languageData(knowledge, lang);
  let index: NativeIndex | null = null;
  if (data) {
    const byName = new Map<string, string>();
    let longest = 0;
    const suffixes = data.suffixes.map(fold);
    const people = new Set(knowledge.entities.filter((e) => e.type === 'person').map((e) => e.id));
    const set = (key: string, id: string): void => void (byName.has(key) || byName.set(key, id));
    const add = (name: string, id: string): void => {
      const words = tokenize(name).map((t) => fold(t.text));
      if (words.length === 0) return;
      set(words.join(' '), id);
      // The name's own ending comes off too, so "России" (stem "Росси") meets "Россия". Not a person's name of
      // one word: a Persian surname's ending is part of it, and what is left is a word ("رئیسی", Raisi, would
      // leave "رئیس", head, as in "رئیس جمهور", president).
      const last = words[words.length - 1]!;
      if (words.length === 1 && people.has(id)) return void (longest = Math.max(longest, 1));
      for (const s of suffixes) if (last.endsWith(s) && last.length - s.length >= MIN_ALIAS_STEM) set([...words.slice(0, -1), last.slice(0, -s.length)].join(' '), id);
      longest = Math.max(longest, words.length);
    };
    for (const [id, names] of Object.entries(data.entities)) names.forEach((n) => add(n, id));
    // The English names too, folded: "Sukhoï Su35", "IRAN" in a text that is not English.
    for (const e of knowledge.entities) [e.name, ...e.aliases].forEach((n) => add(n, e.id));
    const bySize = (a: string, b: string): number => b.length - a.length;
    index = { byName, longest, prefixes: data.prefixes.map(fold).sort(bySize), suffixes: data.suffixes.map(fold).sort(bySize) };
  }
  byLang.set(lang, index);
  return index;
}

/** The word as written, and without one prefix (first word) or one suffix (last word) of the language. */
function forms(word: string, index: NativeIndex, first: boolean, last: boolean): string[] {
  const out = [word];
  if (first) for (const p of index.prefixes) if (word.startsWith(p) && word.length - p.length >= MIN_STEM) out.push(word.slice(p.length));
  if (last) {
    for (const base of [...out]) {
      for (const s of index.suffixes) if (base.endsWith(s) && base.length - s.length >= MIN_STEM) out.push(base.slice(0, -s.length));
    }
  }
  return out;
}

export function findNativeEntities(draft: Draft, knowledge: Knowledge): void {
  const index = nativeIndex(knowledge, draft.lang);
  if (!index) return;
  const g = gazetteer(knowledge);
  for (const block of draft.blocks) {
    const tokens = tokensOf(block);
    const folded = tokens.map((t) => fold(t.text));
    const taken = block.spans.filter((s) => s.kind === 'entity');
    const free = (i: number): boolean => !taken.some((s) => s.start < tokens[i]!.end && tokens[i]!.start < s.end);
    const spans: EntitySpan[] = [];
    for (let i = 0; i < tokens.length; i++) {
      if (!free(i)) continue;
      let hit: { id: string; length: number } | null = null;
      for (let n = Math.min(index.longest, tokens.length - i); n >= 1 && !hit; n--) {
        // A name never runs across punctuation.
        if (tokens.slice(i, i + n - 1).some((t) => t.after !== '' && t.after !== '-')) continue;
        const middle = folded.slice(i + 1, i + n - 1).join(' ');
        for (const head of forms(folded[i]!, index, true, n === 1)) {
          const tails = n === 1 ? [''] : forms(folded[i + n - 1]!, index, false, true);
          const id = tails.map((tail) => index.byName.get([head, middle, tail].filter(Boolean).join(' '))).find(Boolean);
          if (id) {
            hit = { id, length: n };
            break;
          }
        }
      }
      const entry = hit ? g.byId.get(hit.id) : undefined;
      if (!hit || !entry) continue;
      addEntity(draft, entryToEntity(entry));
      spans.push({ kind: 'entity', start: tokens[i]!.start, end: tokens[i + hit.length - 1]!.end, id: entry.id });
      i += hit.length - 1;
    }
    block.spans.push(...spans);
  }
}
