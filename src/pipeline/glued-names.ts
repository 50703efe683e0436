// Words glued together by a space lost on the way ("PetrenkoSaturday", "Kirbyconfirming", "EnglishAlabuga"):
// the tokens the entity rules read, with such a word split in two at its case shape, so that the name stands
// alone. A split needs evidence on the far side of the seam, from compromise's dictionary or the gazetteer: a
// month, weekday or place, a known name, or (for a lowercase tail) a verb form. Brand names in camel case
// ("BlackBerry", "MacRumors", "YouTube") have none, and stay whole.
import { isDictionaryWord, isVerbForm, lexiconTags } from './lexicon.ts';
import { tokensOf, type Token } from './tokens.ts';
import type { Draft, EntitySpan } from './types.ts';

/** Tags of a capitalised tail that say it is a word of its own ("Saturday", "Oct", "Iran"). */
/** Tags of a head that make it a name ("Kirby", "Leila", "Paris"). */
const NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person', 'City', 'Country', 'Place']);
const SEPARATE_TAGS = new Set(['Month', 'WeekDay', 'City', 'Country', 'Region']);

const cache = new WeakMap<object, { text: string; tokens: Token[] }>();

/**
 * The block's tokens with glued words split; `known(word)` says a word is a name the gazetteer holds. Tokens of
 * a block are split once (again only if its text changed); a block with no glued word shares tokensOf's list.
 */
export function entityTokens(block: { text: string }, known: (word: string) => boolean): Token[] {
  const hit = cache.get(block);
  if (hit && hit.text === block.text) return hit.tokens;
  const tokens = splitGlued(tokensOf(block), known);
  cache.set(block, { text: block.text, tokens });
  return tokens;
}

export function splitGlued(tokens: Token[], known: (word: string) => boolean): Token[] {
  let out: Token[] | null = null;
  tokens.forEach((t, i) => {
    const at = t.capitalised && t.text.length >= 7 ? seam(t.text, known) : -1;
    if (at < 0) {
      out?.push(t);
      return;
    }
    out ??= tokens.slice(0, i);
    const tail = t.text.slice(at);
    // The head ends where the space was lost: nothing may join it to the tail (a name never runs across it).
    out.push({ ...t, text: t.text.slice(0, at), end: t.start + at, possessive: false, after: '|' });
    out.push({ ...t, text: tail, start: t.start + at, capitalised: tail[0] !== tail[0]!.toLowerCase() });
  });
  return out ?? tokens;
}

/** Where a glued word splits, or -1. */
function seam(word: string, known: (word: string) => boolean): number {
  if (!/^\p{Lu}\p{Ll}+/u.test(word) || /[-'’.\d]/u.test(word)) return -1;
  // "PetrenkoSaturday": a lower-to-upper seam inside the word, after a head of three letters or more.
  const upper = /^(\p{Lu}\p{Ll}{2,})(\p{Lu}\p{Ll}+)$/u.exec(word);
  if (upper) {
    const [, head, tail] = upper;
    const tailIsWord = lexiconTags(tail!).some((t) => SEPARATE_TAGS.has(t)) || known(tail!);
    return tailIsWord || known(head!) ? head!.length : -1;
  }
  // "Kirbyconfirming": a name, then a verb form in lowercase; neither the whole nor the head is a word.
  if (!/^\p{Lu}\p{Ll}+$/u.test(word) || isDictionaryWord(word)) return -1;
  for (let at = 3; at <= word.length - 4; at++) {
    const head = word.slice(0, at);
    const tail = word.slice(at);
    if (isVerbForm(tail) && (known(head) || lexiconTags(head).some((t) => NAME_TAGS.has(t)))) return at;
  }
  return -1;
}

/**
 * "Hrytsenkoconfirmed" after "Oleksandr Hrytsenko": a glued word whose head is the surname of a person the
 * article names becomes a mention of that person (the gazetteer alone cannot know a surname found in the text).
 */
export function resolveGluedMentions(draft: Draft, known: (word: string) => boolean): void {
  const surnames = new Map<string, string>();
  for (const e of draft.entities) {
    const words = e.name.split(/\s+/);
    if (e.type === 'person' && words.length > 1) surnames.set(words[words.length - 1]!, e.id);
  }
  if (surnames.size === 0) return;
  const isName = (word: string): boolean => surnames.has(word) || known(word);
  for (const block of draft.blocks) {
    const whole = tokensOf(block);
    const split = splitGlued(whole, isName);
    if (split === whole) continue;
    const spans = block.spans.filter((s): s is EntitySpan => s.kind === 'entity');
    for (const t of split) {
      const id = surnames.get(t.text);
      if (!id || t.after !== '|' || spans.some((s) => s.start < t.end && t.start < s.end)) continue;
      block.spans.push({ kind: 'entity', start: t.start, end: t.end, id });
    }
    block.spans.sort((a, b) => a.start - b.start);
  }
}
