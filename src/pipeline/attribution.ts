// Who says, warns or denies something in a sentence: the subject of a verb, read with cheap rules over the
// words and the entity mentions around it. "Kirby said", "said Justin Bronk", "an unnamed US official told",
// "Austin responding to a question said", "…, and said", "according to X", "he said". Shared by quotations
// and claims.
import type { PhraseSet } from './language.ts';
import { isModifierWord, isVerb } from './lexicon.ts';
import type { Token } from './tokens.ts';
import type { EntitySpan } from './types.ts';
import { firstInZone, isPerson, lastQuoteEndBefore, lastTokenOf, sentenceEnd, sentenceStart, insideQuote, type Context } from './attribution-context.ts';
import { CLAUSE_WORDS, MAX_SUBJECT, PREPOSITIONS, PRONOUNS, DETERMINERS, description, descriptionEndingAt, entityEndingAt, type Subject } from './subject-phrase.ts';

export type { Context } from './attribution-context.ts';
export type { Subject } from './subject-phrase.ts';
export { insideQuote, sentenceEnd, sentenceStart } from './attribution-context.ts';

export interface Act {
  /** Token index of the verb. */
  verb: number;
  /** Offset of the verb in the block. */
  at: number;
  /** Who speaks or holds the view; for a passive verb ("was accused by Kyiv") its agent, or null. */
  subject: Subject | null;
}

/** Words between a subject and its verb that are neither: "Kirby also said", "Sullivan twice warned". */
const FILLERS = new Set(
  'also later then previously earlier again twice repeatedly further has have had will would could may might did does do long since recently once already still finally reportedly publicly privately separately quickly indirectly directly initially'.split(
    ' ',
  ),
);
/** Words in "-ly" that are no adverbs. */
const NOT_ADVERBS = new Set(['only', 'early', 'family', 'ally', 'rally', 'supply', 'reply', 'apply', 'assembly', 'daily', 'weekly', 'monthly', 'likely', 'holy', 'fly']);
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);

/**
 * Every use of one of `verbs` outside quotations, with its subject; with `accordingTo`, also "according to X".
 * A verb that is also a noun does not count after a determiner ("a charge", "the claims").
 */
export function actsOf(ctx: Context, verbs: PhraseSet, accordingTo = false): Act[] {
  const acts: Act[] = [];
  const { tokens } = ctx;
  for (let v = 0; v < tokens.length; v++) {
    const t = tokens[v]!;
    const according = accordingTo && t.text.toLowerCase() === 'according' && tokens[v + 1]?.text === 'to';
    // Most tokens start no verb of the list: that lookup first, the checks of the token's context after.
    const length = according ? 0 : verbs.startingAt(tokens, v);
    if (!according && length === 0) continue;
    if (insideQuote(ctx, t.start)) continue;
    if (afterDeterminer(tokens, v) || afterVerbOrPreposition(ctx, v)) continue;
    if (according) {
      acts.push({ verb: v, at: t.start, subject: subjectAfter(ctx, v + 1) });
      continue;
    }
    if (!t.text.match(/^\p{Ll}/u) || bareFormAfterArticle(tokens, v, verbs)) continue;
    acts.push(actAt(ctx, v, length));
    v += length - 1;
  }
  return acts;
}

function actAt(ctx: Context, v: number, length: number): Act {
  const { tokens } = ctx;
  const at = tokens[v]!.start;
  const zoneStart = Math.max(sentenceStart(ctx, at), lastQuoteEndBefore(ctx, at));
  // "a company accused of supplying drones": a participle after a noun, whose subject is the accused.
  if (/^(?:of|by)$/.test(tokens[v + length]?.text ?? '') && /ed$/.test(tokens[v + length - 1]!.text)) {
    const agent = tokens[v + length]!.text === 'by' ? subjectAfter(ctx, v + length) : null;
    if (!FILLERS.has(tokens[v - 1]?.text.toLowerCase() ?? '') && !PRONOUNS.has(tokens[v - 1]?.text.toLowerCase() ?? '')) {
      return { verb: v, at, subject: agent };
    }
  }
  // "An official described it as “…”, adding that …": a participle after a comma has the sentence's subject.
  if (/ing$/.test(tokens[v]!.text) && /,/.test(tokens[v - 1]?.after ?? '') && !/^(?:quoting|citing)$/.test(tokens[v]!.text)) {
    const opening = sentenceStart(ctx, at);
    if (opening < zoneStart) return { verb: v, at, subject: firstSubject(ctx, opening, v) };
  }
  // "…,” Bloomberg reported, quoting a European diplomat": the one quoted speaks.
  if (/^(?:quoting|citing)$/.test(tokens[v]!.text) && length === 1) return { verb: v, at, subject: subjectAfter(ctx, v) };
  // "the mission was quoted as telling", "Bloomberg cited two people as saying": who is quoted speaks.
  if (tokens[v - 1]?.text === 'as' && tokens[v - 1]!.after === '') {
    const quoted = quotedAs(ctx, v - 1, zoneStart);
    if (quoted !== undefined) return { verb: v, at, subject: quoted };
  }
  let b = skipFillers(tokens, v - 1, zoneStart);
  // "He declined to say", "X refused to comment": the subject is that of the verb governing "to".
  if (b >= 1 && tokens[b]!.text === 'to' && tokens[b - 1]!.after === '' && !tokens[b - 1]!.capitalised) b = skipFillers(tokens, b - 2, zoneStart);
  const passive = b >= 0 && BE.has(tokens[b]!.text.toLowerCase());
  if (passive) {
    const agent = tokens[v + length]?.text === 'by' ? subjectAfter(ctx, v + length) : null;
    return { verb: v, at, subject: agent };
  }
  // Verb first: "…,” said Justin Bronk", "said one trader".
  if (b < 0 || tokens[b]!.start < zoneStart) {
    return { verb: v, at, subject: subjectAfter(ctx, v + length - 1) };
  }
  return { verb: v, at, subject: subjectBefore(ctx, b, zoneStart, v) };
}

/**
 * The speaker of "X was quoted as saying" (the passive's subject) or "cited X as saying" (the object between
 * the citing verb and "as"); undefined when no citing verb governs the "as".
 */
function quotedAs(ctx: Context, as: number, zoneStart: number): Subject | null | undefined {
  const { tokens } = ctx;
  for (let c = as - 1; c >= 0 && tokens[c]!.start >= zoneStart && as - c <= MAX_SUBJECT; c--) {
    if (!/^(?:quoted|cited|quoting|citing|heard)$/.test(tokens[c]!.text)) continue;
    if (c === as - 1) {
      const be = skipFillers(tokens, c - 1, zoneStart);
      if (be < 0 || !BE.has(tokens[be]!.text.toLowerCase())) return undefined;
      const b = skipFillers(tokens, be - 1, zoneStart);
      return b >= 0 && tokens[b]!.start >= zoneStart ? subjectBefore(ctx, b, zoneStart, c) : null;
    }
    return subjectAfter(ctx, c);
  }
  return undefined;
}

/**
 * "deny claims", "people with alleged knowledge", "reports of alleged deliveries": a verb form right after a
 * speech or claim verb or a preposition is a noun or an adjective ("has claimed", "was accused" are verbs).
 */
function afterVerbOrPreposition(ctx: Context, v: number): boolean {
  const before = ctx.tokens[v - 1];
  if (!before || before.after !== '' || before.capitalised) return false;
  const word = before.text.toLowerCase();
  if (FILLERS.has(word) || BE.has(word) || PRONOUNS.has(word)) return false;
  const c = ctx.cues;
  return /^(?:of|with|about|over|without|against|amid|despite|on|for|such)$/.test(word) || c.speechVerbs.has(word) || c.claimVerbs.some((k) => k.verbs.has(word));
}

/** "a charge", "the first confirmed delivery": a verb form used as a noun or an adjective. */
/**
 * "a bold claim": after "a" and one more word, a verb's bare form (one whose "-s" form is a verb of the same
 * list) is a noun, since a subject "a bold X" would take "claims". "A spokesman said" is untouched.
 */
function bareFormAfterArticle(tokens: Token[], v: number, verbs: PhraseSet): boolean {
  const two = tokens[v - 2];
  if (!two || !/^an?$/i.test(two.text) || two.after !== '' || tokens[v - 1]!.after !== '') return false;
  const third = [{ ...tokens[v]!, text: `${tokens[v]!.text}s` }];
  return verbs.startingAt(third, 0) > 0;
}

function afterDeterminer(tokens: Token[], v: number): boolean {
  const before = tokens[v - 1];
  if (!before || before.after !== '') return false;
  if (DETERMINERS.has(before.text.toLowerCase())) return true;
  const two = tokens[v - 2];
  // "the first confirmed delivery": an "-ed" form between a determiner and the noun it describes.
  const next = tokens[v + 1];
  const describes = !!next && tokens[v]!.after === '' && !next.capitalised && isModifierWord(next.text) && /ed$/.test(tokens[v]!.text);
  return describes && !before.capitalised && !!two && two.after === '' && DETERMINERS.has(two.text.toLowerCase());
}

function skipFillers(tokens: Token[], b: number, zoneStart: number): number {
  // Adverbs too ("often accused", "strongly denied"): no part of who speaks.
  const filler = (t: Token): boolean => FILLERS.has(t.text.toLowerCase()) || (!t.capitalised && (t.text === 'often' || (/^\p{Ll}{2,}ly$/u.test(t.text) && !NOT_ADVERBS.has(t.text))));
  while (b >= 0 && tokens[b]!.start >= zoneStart && filler(tokens[b]!) && tokens[b]!.after === '') b--;
  return b;
}

/** The subject ending at token b (right before the verb, fillers skipped), within [zoneStart, verb). */
function subjectBefore(ctx: Context, b: number, zoneStart: number, v: number): Subject | null {
  const { tokens } = ctx;
  const word = tokens[b]!.text.toLowerCase();
  // "Iran denies …, although it has acknowledged": "it" is what the sentence named before it.
  if ((word === 'it' || word === 'they') && b > 0) {
    // (A name inside a quotation, or a weapon, is no "it" that speaks: "“Su-35 jets were …,” it said".)
    const earlier = ctx.mentions.find((m) => m.start >= sentenceStart(ctx, tokens[b]!.start) && m.end <= tokens[b]!.start && !isPerson(ctx, m) && !insideQuote(ctx, m.start) && !ctx.systems.has(m.id));
    if (earlier) return { kind: 'entity', id: earlier.id };
  }
  if (PRONOUNS.has(word)) return { kind: 'pronoun', word };
  // "…Antony Blinken, who said": the relative pronoun stands for the name before it.
  if (word === 'who' && b > 0) return entityEndingAt(ctx, b - 1) ?? descriptionEndingAt(ctx, b - 1, zoneStart);
  // "X rejected … and said": a second verb of the sentence's subject.
  if (word === 'and') return firstSubject(ctx, sentenceStart(ctx, tokens[v]!.start), v);
  // "Kirby said" (but "Grynkewich, commander of the US Ninth Air Force, told": the name before the apposition;
  // "Both Tehran and Moscow have rejected": the whole phrase).
  const adjacent = tokens[b]!.after === '' ? entityEndingAt(ctx, b) : null;
  if (adjacent && !coordinated(ctx, adjacent)) return adjacent;
  // "Austin responding to a question said": the last person named before the verb.
  // (Not one that is the object of a preposition: "manager at AlphaOne told".)
  const object = (m: EntitySpan): boolean => PREPOSITIONS.has(tokens[tokens.findIndex((t) => t.start === m.start) - 1]?.text ?? '');
  const people = ctx.mentions.filter((m) => m.start >= zoneStart && m.end <= tokens[v]!.start && isPerson(ctx, m) && !object(m));
  const person = people[people.length - 1];
  if (person) return { kind: 'entity', id: person.id };
  // "One Saudi diplomat, speaking on condition of anonymity, said": the phrase before the aside.
  if (tokens[b]!.after === ',') {
    // "“…” after the expiry in 2020 of …, said the statement": the clause is adverbial, the subject follows.
    const first = firstInZone(ctx, zoneStart);
    const next = tokens[v + 1];
    const adverbial = first >= 0 && !tokens[first]!.capitalised && !PRONOUNS.has(tokens[first]!.text.toLowerCase());
    if ((adverbial || !finiteAfter(ctx, v)) && next && tokens[v]!.after === '' && (DETERMINERS.has(next.text.toLowerCase()) || next.capitalised)) {
      return subjectAfter(ctx, v);
    }
    return firstSubject(ctx, zoneStart, v);
  }
  return descriptionEndingAt(ctx, b, zoneStart);
}

/** "said Justin Bronk, a senior…", "according to the official": the subject right after token v. */
function subjectAfter(ctx: Context, v: number): Subject | null {
  const { tokens, cues } = ctx;
  // "said Rear Admiral Vadim Kulit": the rank is not the speaker.
  let skip = v + 1;
  for (let n = Math.max(cues.ranks.startingAt(tokens, skip), cues.honorifics.startingAt(tokens, skip)); n > 0; n = Math.max(cues.ranks.startingAt(tokens, skip), cues.honorifics.startingAt(tokens, skip))) {
    if (!ctx.mentions.some((m) => m.start === tokens[skip + n]?.start)) break;
    skip += n;
  }
  if (skip > v + 1) return { kind: 'entity', id: ctx.mentions.find((m) => m.start === tokens[skip]!.start)!.id };
  const first = tokens[v + 1];
  if (!first || tokens[v]!.after !== '') return null;
  const word = first.text.toLowerCase();
  if (PRONOUNS.has(word)) return { kind: 'pronoun', word };
  // "according to him", "told her": the object form of "he" and "she".
  if (word === 'him' || word === 'her') return { kind: 'pronoun', word: word === 'him' ? 'he' : 'she' };
  const mention = ctx.mentions.find((m) => m.start === first.start);
  if (mention) {
    const last = lastTokenOf(ctx, mention);
    if (tokens[last]!.after !== '' || !tokens[last + 1] || !tokens[last + 1]!.capitalised) return { kind: 'entity', id: mention.id };
  }
  if (ctx.foreign) {
    const named = nameAfter(ctx, v);
    if (named) return named;
  }
  let end = v + 1;
  while (end + 1 < tokens.length && end - v < 8 && tokens[end]!.after === '' && !CLAUSE_WORDS.has(tokens[end + 1]!.text) && !ctx.cues.speechVerbs.has(tokens[end + 1]!.text)) end++;
  return description(ctx, v + 1, end);
}

/**
 * In other languages the speaker after the verb is a name in capitals, perhaps behind a short article
 * ("— сказал Петров журналистам в понедельник", "disse a Agência Nacional no Telegram"): the name ends at the
 * first word in lower case, whatever the language's prepositions and word order are.
 */
function nameAfter(ctx: Context, v: number): Subject | null {
  const { tokens } = ctx;
  let a = v + 1;
  const article = tokens[a];
  if (article && !article.capitalised && article.text.length <= 3 && article.after === '' && tokens[a + 1]?.capitalised) a++;
  if (!tokens[a]?.capitalised) return null;
  let end = a;
  while (end + 1 < tokens.length && end - a < 5 && tokens[end]!.after === '' && tokens[end + 1]!.capitalised) end++;
  return description(ctx, a, end);
}

/**
 * A finite verb between the verb and the sentence's end ("Kirby, a spokesman, said the drones were …"): then
 * what follows is the verb's object, not an inverted subject ("…, reports the head of the administration").
 */
function finiteAfter(ctx: Context, v: number): boolean {
  const end = sentenceEnd(ctx, ctx.tokens[v]!.start);
  for (let i = v + 1; i < ctx.tokens.length && ctx.tokens[i]!.start < end; i++) {
    const t = ctx.tokens[i]!;
    if (insideQuote(ctx, t.start) || t.capitalised) continue;
    if (BE.has(t.text) || /^(?:has|have|had|will|would|can|could|may|might|must|should|did|does|do)$/.test(t.text) || /ed$/.test(t.text) || ctx.cues.speechVerbs.has(t.text)) return true;
  }
  return false;
}

/** The mention is one of several joined by "and"/"or" ("Both Tehran and Moscow"). */
function coordinated(ctx: Context, subject: Subject): boolean {
  if (subject.kind !== 'entity') return false;
  const m = ctx.mentions.find((s) => s.id === subject.id);
  const first = m ? ctx.tokens.findIndex((x) => x.start >= m.start) : -1;
  return first > 0 && /^(?:and|or)$/.test(ctx.tokens[first - 1]!.text);
}

/** The subject at the start of the sentence: its first person, else the phrase before its first verb or comma. */
function firstSubject(ctx: Context, zoneStart: number, v: number): Subject | null {
  const { tokens } = ctx;
  const person = ctx.mentions.find((m) => m.start >= zoneStart && m.end <= tokens[v]!.start && isPerson(ctx, m));
  if (person) return { kind: 'entity', id: person.id };
  const first = firstInZone(ctx, zoneStart);
  if (first < 0 || first >= v) return null;
  let end = first;
  while (end + 1 < v && tokens[end]!.after === '' && !looksLikeVerb(tokens[end + 1]!) && !CLAUSE_WORDS.has(tokens[end + 1]!.text)) end++;
  if (PRONOUNS.has(tokens[first]!.text.toLowerCase()) && end === first) return { kind: 'pronoun', word: tokens[first]!.text.toLowerCase() };
  return description(ctx, first, end);
}

/** A verb form by the dictionary, or a lowercase word in "-ed" ("dismissed"), which the dictionary may lack. */
function looksLikeVerb(t: Token): boolean {
  return !t.capitalised && (isVerb(t.text) || /ed$/.test(t.text));
}

