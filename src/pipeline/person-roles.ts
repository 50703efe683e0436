// A person's role as the article gives it, read around one mention with cheap rules: an apposition after it
// ("Grynkewich, commander of the US Ninth Air Force,"), a title phrase before it ("Iran's foreign ministry
// spokesman Nasser Kanaani", "Russian Defense Minister Sergei Shoigu"), or a rank ("Lieutenant General").
import type { Cues } from './language.ts';
import { isCommonWord, isModifierWord } from './lexicon.ts';
import type { Token } from './tokens.ts';

const DETERMINERS = new Set(['the', 'a', 'an']);
const MAX_APPOSITION = 14;
const MAX_TITLE = 9;

export interface Role {
  text: string;
  /** 3: an apposition; 2: a title phrase with a role word; 1: a rank alone. The strongest role stated wins. */
  strength: 1 | 2 | 3;
}

/** The best role stated around the mention tokens[first..last], or null. */
export function roleAround(text: string, tokens: Token[], first: number, last: number, c: Cues): Role | null {
  const apposition = appositionAfter(text, tokens, last, c);
  if (apposition) return { text: apposition, strength: 3 };
  const title = titleBefore(text, tokens, first, c);
  // A bare office ("President") says less than the gazetteer's "President of the United States".
  if (title.role && /\s/.test(title.role)) return { text: title.role, strength: 2 };
  if (title.rank ?? title.role) return { text: (title.rank ?? title.role)!, strength: 1 };
  return null;
}

/** "X, (a|the) senior fellow at Y," → "Senior fellow at Y". Null unless a role word opens the apposition. */
export function appositionAfter(text: string, tokens: Token[], last: number, c: Cues): string | null {
  const name = tokens[last]!;
  if (name.possessive) return null;
  let i = last + 1;
  // "X is the commander of …" states a role as plainly as "X, commander of …".
  const copula = name.after === '' && /^(?:is|was)$/.test(tokens[i]?.text ?? '') && tokens[i]!.after === '';
  if (copula) i++;
  else if (name.after !== ',') return null;
  const determiner = i < tokens.length && DETERMINERS.has(tokens[i]!.text.toLowerCase());
  if (determiner) i++;
  // ", Lieutenant General Alexus Grynkewich told": a capitalised title there opens the next person's name
  // (but "X, France's foreign minister," is an apposition).
  if (!determiner && tokens[i]?.capitalised && !tokens[i]!.possessive) return null;
  let roleAt = -1;
  for (let j = i; j < Math.min(tokens.length, i + 5); j++) {
    if (c.roles.startingAt(tokens, j) > 0) {
      roleAt = j;
      break;
    }
    const t = tokens[j]!;
    if (!isModifierWord(t.text) && !t.capitalised) return null;
    if (t.after !== '' && !t.possessive) return null;
  }
  if (roleAt < 0) return null;
  let end = roleAt;
  while (end + 1 < tokens.length && end - i < MAX_APPOSITION) {
    const t = tokens[end]!;
    if (t.after !== '' && t.after !== '-') break;
    const next = tokens[end + 1]!;
    if (c.speechVerbs.startingAt(tokens, end + 1) > 0) break;
    if (next.text === 'who' || next.text === 'which' || next.text === 'that' || next.text === 'when') break;
    end++;
  }
  const phrase = text.slice(tokens[i]!.start, tokens[end]!.end).replace(/\s+/g, ' ');
  return capitalise(trimTrailing(phrase));
}

export interface TitleBefore {
  /** The role phrase, e.g. "Iran's foreign ministry spokesman", without a trailing rank. */
  role: string | null;
  /** A rank right before the name ("Lieutenant General", "Gen"), when there is one. */
  rank: string | null;
  /** A title, rank, honorific or role word stands right before the name (evidence of a person). */
  titled: boolean;
}

/** Walks back from the token before a name over a title phrase: capitalised words, role words, modifiers. */
export function titleBefore(text: string, tokens: Token[], first: number, c: Cues): TitleBefore {
  let i = first - 1;
  // "the Kremlin spokesman, Dmitry Peskov": the title stands before the name, set off by a comma.
  if (i >= 0 && tokens[i]!.after === ',') {
    const role = titleEndingAt(text, tokens, i, c, true);
    return { role, rank: null, titled: role !== null };
  }
  if (i < 0 || (tokens[i]!.after !== '' && !abbreviation(tokens, i, c)) || tokens[i]!.possessive) return { role: null, rank: null, titled: false };
  const honorific = c.honorifics.endingAt(tokens, i);
  const rankLength = Math.max(c.ranks.endingAt(tokens, i), honorific);
  let rank: string | null = null;
  if (rankLength > 0) {
    if (rankLength > honorific) rank = capitalise(text.slice(tokens[i - rankLength + 1]!.start, tokens[i]!.end).replace(/\s+/g, ' '));
    i -= rankLength;
    if (i < 0 || tokens[i]!.after !== '' || tokens[i]!.possessive) return { role: null, rank, titled: true };
  }
  const role = titleEndingAt(text, tokens, i, c);
  return { role, rank, titled: rankLength > 0 || role !== null };
}

/** A title phrase ending at token i that holds a role word ("Secretary of Defense", "foreign ministry spokesman"). */
function titleEndingAt(text: string, tokens: Token[], i: number, c: Cues, apposed = false): string | null {
  // Before a comma the title may end on any noun ("a member of parliament's national security committee,").
  if (c.roles.endingAt(tokens, i) === 0 && !tokens[i]!.capitalised && !apposed) return null;
  const { phrase, start } = phraseEndingAt(text, tokens, i, c);
  for (let j = start; j <= i; j++) if (c.roles.startingAt(tokens, j) > 0) return phrase;
  return null;
}

/** The title phrase ending at token `last` (a role word), read backwards until a determiner, verb or stop. */
function phraseEndingAt(text: string, tokens: Token[], last: number, c: Cues): { phrase: string; start: number } {
  let start = last;
  for (let j = last - 1; j >= 0 && last - j < MAX_TITLE; j--) {
    const t = tokens[j]!;
    if (t.after !== '' && t.after !== '-' && !t.possessive && !abbreviation(tokens, j, c)) break;
    const lower = t.text.toLowerCase();
    if (DETERMINERS.has(lower)) {
      // "Chairman of the Joint Chiefs", "ambassador to the UAE": a determiner after "of" belongs to the title.
      if (j > 0 && /^(?:of|to|for)$/.test(tokens[j - 1]!.text)) continue;
      break;
    }
    if (lower === 'of' || lower === 'for' || lower === 'to') {
      if (j === 0 || !(tokens[j - 1]!.capitalised || c.roles.endingAt(tokens, j - 1) > 0)) break;
      continue;
    }
    if (!t.capitalised && !isModifierWord(t.text) && c.roles.startingAt(tokens, j) === 0) break;
    start = j;
  }
  // A sentence's first word is capitalised whatever it is: "Meanwhile", "Heading" are not part of a title.
  const sentenceStart = start === 0 || /[.!?]["”’]?$/u.test(tokens[start - 1]!.after);
  if (sentenceStart && start < last && isCommonWord(tokens[start]!.text) && !tokens[start + 1]!.capitalised && c.roles.startingAt(tokens, start) === 0) start++;
  const rank = c.ranks.endingAt(tokens, last);
  const phrase = text.slice(tokens[start]!.start, tokens[last]!.end).replace(/\s+/g, ' ');
  // "Chairman of the Joint Chiefs of Staff Gen": the rank is not part of the office.
  const office = rank > 0 && last - rank >= start ? text.slice(tokens[start]!.start, tokens[last - rank]!.end) : phrase;
  return { phrase: capitalise(office.replace(/\s+/g, ' ')), start };
}

/** Token i ends in a dot that abbreviates ("Gen.", "U.S.") rather than ends a sentence. */
function abbreviation(tokens: Token[], i: number, c: Cues): boolean {
  const t = tokens[i]!;
  if (t.after !== '.') return false;
  return c.ranks.endingAt(tokens, i) > 0 || c.honorifics.endingAt(tokens, i) > 0 || /^(?:\p{Lu}\.?)+$/u.test(t.text);
}

function trimTrailing(phrase: string): string {
  return phrase.replace(/\s+(?:of|for|and|the|a|an|at|in|to|on|with|from|based)$/i, '').replace(/[,;:.\s]+$/, '');
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
