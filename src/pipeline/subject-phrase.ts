// Noun phrases as subjects of attribution: the entity a phrase names, or the phrase itself as a description
// with its head noun ("A Western diplomat in Tehran" → "A Western diplomat", head "diplomat").
import { lastAtOrBefore, type Context } from './attribution-context.ts';

/** `reported`: the party made a report ("a report by CNBC"), so it relays words rather than says them. */
export type Subject =
  | { kind: 'entity'; id: string; reported?: boolean }
  | { kind: 'pronoun'; word: string }
  | { kind: 'description'; text: string; head: string; reported?: boolean };

const REPORT_NOUNS = /^(?:report|reports|article|story|stories|investigation|analysis)$/;

export const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i']);
export const DETERMINERS = new Set(['the', 'a', 'an', 'one', 'another', 'two', 'three', 'some', 'several', 'many', 'both']);
export const CLAUSE_WORDS = new Set(['that', 'which', 'who', 'whom', 'while', 'because', 'but', 'although', 'though', 'if', 'when', 'as']);
export const PREPOSITIONS = new Set(['of', 'in', 'at', 'to', 'for', 'from', 'with', 'on']);
export const MAX_SUBJECT = 10;
const TIME_WORD = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|week|month|year|time|night|morning|evening|weekend)$/;

/** An entity mention whose last word is token i. */
export function entityEndingAt(ctx: Context, i: number): Subject | null {
  const t = ctx.tokens[i]!;
  const m = ctx.mentions.find((s) => s.start <= t.start && t.end <= s.end && s.end === t.end);
  if (!m) return null;
  // "Iran's mission to the United Nations said", "the commander in the Middle East has warned": the mention is
  // inside a longer phrase, not the subject.
  const first = ctx.tokens.findIndex((x) => x.start === m.start);
  let before = first - 1;
  if (ctx.tokens[before]?.text.toLowerCase() === 'the') before--;
  if (before >= 0 && ctx.tokens[before]!.after === '' && PREPOSITIONS.has(ctx.tokens[before]!.text)) return null;
  return { kind: 'entity', id: m.id };
}

/** A noun phrase ending at token b: back to its determiner, a comma, a clause word or the zone's start. */
export function descriptionEndingAt(ctx: Context, b: number, zoneStart: number): Subject | null {
  const { tokens } = ctx;
  let a = b;
  while (a - 1 >= 0 && b - a < MAX_SUBJECT) {
    const prev = tokens[a - 1]!;
    if (prev.start < zoneStart || (prev.after !== '' && !prev.possessive) || CLAUSE_WORDS.has(prev.text.toLowerCase())) break;
    if ((!prev.capitalised && ctx.cues.speechVerbs.has(prev.text)) || PRONOUNS.has(prev.text.toLowerCase())) break;
    a--;
    // "a source in the defence industry", "Iran's mission to the United Nations": a determiner after a
    // preposition opens a phrase inside the subject, not the subject itself.
    if (DETERMINERS.has(tokens[a]!.text.toLowerCase()) && !PREPOSITIONS.has(tokens[a - 1]?.text ?? '')) break;
  }
  // "X during the press conference denied": a time or occasion phrase stands between the subject and its verb.
  if (a >= 2 && /^(?:during|after|before|following|amid|despite|throughout)$/i.test(tokens[a - 1]!.text) && tokens[a - 2]!.start >= zoneStart && tokens[a - 2]!.after === '') {
    return descriptionEndingAt(ctx, a - 2, zoneStart);
  }
  // "The U.S. and its allies accuse": the named party leads the phrase the full stop of "U.S." cut short.
  if (a > 0 && /^(?:and|or)$/.test(tokens[a]!.text) && tokens[a - 1]!.start >= zoneStart) {
    const named = entityEndingAt(ctx, a - 1);
    if (named) return named;
  }
  return description(ctx, a, b);
}

export function description(ctx: Context, a: number, b: number): Subject | null {
  if (a > b) return null;
  const { tokens, text } = ctx;
  // Words outside the noun phrase proper: "A Western diplomat in Tehran" is "A Western diplomat".
  let end = b;
  for (let i = a + 1; i <= b; i++) {
    if (/^(?:in|at|from|based)$/.test(tokens[i]!.text) && tokens[i + 1]?.capitalised) {
      end = i - 1;
      break;
    }
  }
  // "Iran's Foreign Ministry on Monday": a time phrase is no part of who speaks.
  while (end - 1 > a && /^(?:on|in|at|last|this|early|late)$/i.test(tokens[end - 1]!.text) && TIME_WORD.test(tokens[end]!.text)) end -= 2;
  const only = ctx.mentions.find((m) => m.start <= tokens[a]!.start && tokens[end]!.end <= m.end);
  if (only) return { kind: 'entity', id: only.id };
  // "EA's boss man John Riccitiello", "Host Amber Kanwar": a role before a name is the named person.
  const named = ctx.mentions.find((m) => m.end === tokens[end]!.end && m.start > tokens[a]!.start && ctx.people.has(m.id));
  if (named) return { kind: 'entity', id: named.id };
  // "a report by CNBC", "the ministry's statement": a statement stands for whoever made it.
  const maker = statementMaker(ctx, a, end);
  if (maker) return maker;
  const phrase = text.slice(tokens[a]!.start, tokens[end]!.end).replace(/\s+/g, ' ');
  const words = phrase.split(' ');
  if (words.length > MAX_SUBJECT || !/\p{L}/u.test(phrase)) return null;
  const headAt = words.findIndex((w, i) => i > 0 && /^(?:of|in|at|to|for|from)$/.test(w));
  const head = (headAt > 0 ? words[headAt - 1]! : words[words.length - 1]!).toLowerCase().replace(/['’]s$/, '');
  return { kind: 'description', text: phrase, head };
}


/** The party named in a phrase headed by a statement noun ("a report by CNBC", "Iran's statement"), or null. */
function statementMaker(ctx: Context, a: number, end: number): Subject | null {
  const { tokens } = ctx;
  const nouns = ctx.cues.statementNouns;
  for (let i = a; i <= end; i++) {
    if (!nouns.has(tokens[i]!.text.toLowerCase()) || tokens[i]!.capitalised) continue;
    const reported = REPORT_NOUNS.test(tokens[i]!.text.toLowerCase());
    const by = /^(?:by|from|of)$/.test(tokens[i + 1]?.text ?? '') ? ctx.mentions.find((m) => m.start === tokens[i + 2]?.start) : undefined;
    const owner = i > a && tokens[i - 1]!.possessive ? ctx.mentions.find((m) => m.end === tokens[i - 1]!.end || m.end + 2 === tokens[i - 1]!.end) : undefined;
    const m = by ?? owner;
    if (m) return { kind: 'entity', id: m.id, reported };
    // "a report by CNBC" with the maker unknown to the gazetteer: the capitalised run after "by".
    let run = i + 2;
    while (/^(?:by|from)$/.test(tokens[i + 1]?.text ?? '') && run <= end + 1 && tokens[run]?.capitalised && tokens[run - 1]!.after === '') run++;
    if (run > i + 2) {
      const name = ctx.text.slice(tokens[i + 2]!.start, tokens[run - 1]!.end);
      return { kind: 'description', text: name, head: name.toLowerCase(), reported };
    }
  }
  return null;
}
