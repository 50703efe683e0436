// The page header above the first paragraph of prose: kicker and site labels, one headline, bylines, date
// stamps (alone or together: "01 June 2024 - 23:06 By Jane Doe", "Money | By Jane Doe"), and the headline
// printed again. What is not a standfirst (a sentence under the headline) is the page's, and is taken off
// with its reason; the headline becomes the title candidate. Nothing is taken unless prose follows, and in
// a hard-wrapped file a line running on into the next is prose, not a headline.
import { bylineAuthor, isDateLine, isHeadlineLike, isProse, jobBylineAuthor, titleCase, wordCount, wrapWidth } from './line-kinds.ts';
import { isPageCode } from './page-furniture.ts';
import { FILE_PHOTO } from './caption-credits.ts';
import type { Knowledge } from './load-knowledge.ts';
import { canonicalAgency, creditLine, headedByMediaWord, outletAfterByline } from './read-dateline.ts';
import type { Draft } from './types.ts';

/** How many non-empty lines from the top may belong to the page header. */
export const HEADER_LINES = 20;
/** A hard-wrapped line shorter than this share of the width ends its paragraph. */
const SHORT_OF_WIDTH = 0.6;
/** How many lines under the standfirst a byline block may take ("Jane Doe Senior Writer", a bio, "3 min read"). */
const BYLINE_BLOCK = 5;
/** Share of the shorter line's words the other must hold to be the headline printed again. */
const REPEAT_OVERLAP = 0.8;

const wordSet = (text: string): Set<string> => new Set((text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => w.length > 1));

/** The headline printed again, in other case or a word shorter ("Iran Says Deal To Buy Jets" / "Iran says deal to buy jets"). */
export function repeatsHeadline(text: string, headline: string): boolean {
  const a = wordSet(text);
  const b = wordSet(headline);
  if (a.size < 3 || b.size < 3) return false;
  const shared = [...a].filter((w) => b.has(w)).length;
  return shared / Math.min(a.size, b.size) >= REPEAT_OVERLAP && Math.abs(a.size - b.size) <= 3;
}

/** The author of a header line made of a byline and stamps ("Money | By Jane Doe", "01 June 2024 - 23:06 By Jane Doe"). */
function compoundByline(text: string): { author: string | null } | null {
  if (wordCount(text) > 14) return null;
  const parts = text.split(/\s+[|•·]\s+|\s+(?=(?:written\s+)?by\s)/iu).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2) return null;
  let author: string | null = null;
  for (const part of parts) {
    const named = bylineAuthor(part);
    if (named) author ??= named;
    else if (!(isDateLine(part) || /^(?:written\s+)?by(?:\s+on\s+.*)?$/iu.test(part) || (wordCount(part) <= 3 && /^\p{Lu}/u.test(part)))) return null;
  }
  return { author };
}

const nonNames = new WeakMap<Knowledge, Set<string>>();

/**
 * Words no person's name is made of: function words and the words language.yaml says open no name ("The",
 * "Former"), and the names of the places and organisations content/entities/ knows ("Ukraine War").
 */
function notNameWords(knowledge: Knowledge): Set<string> {
  let words = nonNames.get(knowledge);
  if (!words) {
    words = new Set([...knowledge.language.functionWords, ...knowledge.language.notNames, ...knowledge.language.mediaWords, ...knowledge.language.promptVerbs].map((w) => w.toLowerCase()));
    for (const e of knowledge.entities) if (e.type !== 'person') for (const n of [e.name, ...e.aliases]) if (!/\s/.test(n)) words.add(n.toLowerCase());
    nonNames.set(knowledge, words);
  }
  return words;
}

/** A line that is only a person's name (two or three capitalised words): a byline without "By". */
function bareName(text: string, knowledge: Knowledge): string | null {
  if (!/^\p{Lu}\p{Ll}+(?:\s\p{Lu}\.?)?(?:\s\p{Lu}[\p{Ll}'’-]+){1,2}$/u.test(text)) return null;
  const stop = notNameWords(knowledge);
  return text.split(/\s+/).some((w) => stop.has(w.toLowerCase())) ? null : text;
}

/** "PressOct 28", "CNN08-08-2025": words run together by a lost space, parted again. */
export function deglue(text: string): string {
  return text.replace(/(\p{Ll})(?=\p{Lu}\p{Ll})|(\p{L})(?=\d)/gu, '$1$2 ');
}

/**
 * A stamp line: a date with labels beside it ("April 17, 2024 | House Foreign Affairs Committee"), or a wire's
 * name run into its time stamp ("Associated PressOct 28, 2018, 12:54 PM EDT"). Returns the agency it names.
 */
function stampLine(text: string, knowledge: Knowledge): { agency: string | null } | null {
  if (wordCount(text) > 16) return null;
  const parts = text.split(/\s+[|•·]\s+/u).map((p) => p.trim());
  if (parts.length >= 2 && parts.some(isDateLine) && parts.every((p) => isDateLine(p) || (wordCount(p) <= 5 && /^\p{Lu}/u.test(p) && !/[.!?]$/u.test(p)))) {
    return { agency: null };
  }
  const apart = deglue(text);
  const agency = knowledge.sources.agencies.flatMap((a) => [a.name, ...a.aliases].map((n) => ({ n, name: a.name }))).find(({ n }) => apart.toLowerCase().startsWith(`${n.toLowerCase()} `));
  return agency && isDateLine(apart.slice(agency.n.length).trim()) ? { agency: agency.name } : null;
}

/** A line of the page's header that the site prints on every page: a masthead, a tagline, a table cell. */
function mastheadOutlet(text: string, knowledge: Knowledge): string | null {
  // "Watch CBS News": a prompt to the outlet's own service names the outlet after the verb.
  const prompt = new Set(knowledge.language.promptVerbs.map((w) => w.toLowerCase()));
  const words = text.split(/\s+/).filter((w, i) => i > 0 || !prompt.has(w.toLowerCase()));
  text = words.join(' ');
  return words.length <= 4 && words.every((w) => /^\p{Lu}/u.test(w)) && headedByMediaWord(text, knowledge) ? text : null;
}

export function readHeader(draft: Draft, knowledge: Knowledge, filled: number[], take: (index: number, rule: string) => void): void {
  const lines = draft.lines;
  const top = filled.slice(0, HEADER_LINES);
  const width = wrapWidth(lines);
  const wrapped = width !== null;
  // In a hard-wrapped file a paragraph runs over several lines: judge the paragraph, not the line. A line
  // well short of the width ("ICRT Radio News") stands alone: wrapping fills a line before it breaks it.
  const joins = (i: number): boolean => wrapped && (lines[i + 1]?.text ?? '') !== '' && lines[i]!.text.length >= width * SHORT_OF_WIDTH;
  const paragraph = (i: number): string => {
    if (!wrapped) return lines[i]!.text;
    let end = i;
    while (joins(end)) end++;
    return lines.slice(i, end + 1).map((l) => l.text).join(' ');
  };
  // A question of a few words at the very top is a headline ("Explainer: What are Iran's drones?").
  const prose = (i: number): boolean => isProse(paragraph(i)) && !(i === top[0] && /\?["”’]?$/u.test(paragraph(i)) && wordCount(paragraph(i)) <= 16 && (lines[i + 1]?.text ?? '') === '');
  const proseAt = top.findIndex(prose);
  if (proseAt <= 0) return;
  let headline: string | null = null;
  const labels: string[] = [];
  const header = top.slice(0, proseAt);
  for (const [n, index] of header.entries()) {
    const text = lines[index]!.text;
    const next = lines[top[n + 1] ?? -1]?.text ?? '';
    const runsOn = joins(index);
    // Headlines and labels are capitalised; a line in lowercase is text, whatever its length.
    const capitalised = /^["“‘']?[\p{Lu}\d]/u.test(text);
    const author = bylineAuthor(text) ?? jobBylineAuthor(text);
    const compound = author ? null : compoundByline(text);
    // "AP Basketball Writer": a wire's staff credit, the agency and no name.
    const wire = author ? canonicalAgency(author.split(/\s+/)[0]!, knowledge.sources.agencies) : null;
    if (wire) {
      draft.agency ??= wire;
      take(index, 'byline');
    } else if (author || compound) {
      draft.author ??= author ?? compound!.author;
      const credit = outletAfterByline(text, knowledge);
      if (credit?.agency) draft.agency ??= credit.agency;
      if (credit?.outlet) draft.source ??= credit.outlet;
      take(index, 'byline');
    } else if (FILE_PHOTO.test(text)) take(index, 'photo-credit');
    else if (isDateLine(text)) {
      take(index, 'date-line');
      placeOfDateLine(draft, text, lines[index]!.line);
    } else if (n === header.length - 1 && /:$/u.test(text) && !creditLine(text, knowledge)) return;
    // A heading that leads into the text ("Introduction:") is the article's.
    else if ((isPageCode(text) || /\s\|$/u.test(text)) && !canonicalAgency(text, knowledge.sources.agencies)) take(index, 'page-header');
    else if (stampLine(text, knowledge)) {
      const agency = stampLine(text, knowledge)!.agency;
      if (agency) draft.agency ??= agency;
      take(index, 'date-line');
    } else if (creditLine(text, knowledge)) {
      const credit = creditLine(text, knowledge)!;
      if (credit.agency) draft.agency ??= credit.agency;
      if (credit.outlet) draft.source ??= credit.outlet;
      take(index, 'dateline');
    }
    // The site's name and section run into the headline by lost spaces ("ProtokolEnglishAlabuga: …" over
    // "Alabuga: …"), or a tagline repeating the masthead ("All Persian News Related to Iran").
    else if (headline === null && ((next !== '' && text.length > next.length && text.endsWith(next)) || labels.some((l) => wordCount(l) >= 2 && text.includes(l)))) {
      take(index, 'page-header');
    }
    else if (headline !== null && !runsOn && repeatsHeadline(text, headline)) take(index, 'headline-repeat');
    // A short headline the page prints twice over its text ("The Despotic Duo" … "The Despotic Duo") is one.
    else if (headline === null && !runsOn && capitalised && isHeadlineLike(text) && (wordCount(text) >= 4 || (wordCount(text) >= 2 && header.slice(n + 1).some((i) => lines[i]!.text === text)))) {
      headline = text;
      take(index, 'headline');
    } else if ((headline !== null || n === header.length - 1) && !draft.author && !runsOn && bareName(text, knowledge)) {
      const name = bareName(text, knowledge)!;
      // "Reuters Staff": the wire's desk, no writer.
      const desk = /\s(?:staff|desk|newsroom)$/iu.test(name) ? canonicalAgency(name.split(/\s+/)[0]!, knowledge.sources.agencies) : null;
      if (desk) draft.agency ??= desk;
      else draft.author = name;
      take(index, 'byline');
    } else if (capitalised && wordCount(text) <= 6 && !runsOn && !/[.!?]["”’]?$/u.test(text)) {
      // The masthead over the headline ("Persian News") names the outlet.
      const masthead = headline === null ? mastheadOutlet(text, knowledge) : null;
      if (masthead) draft.source ??= masthead;
      labels.push(text);
      take(index, 'page-header');
    }
    // A standfirst under the headline ("Iranian media claims deal agreed as …") is text: it stays, and the
    // header goes on below it. Anything else ends the header.
    else if (!(headline !== null && capitalised && !runsOn && isHeadlineLike(text))) return;
  }
  if (headline !== null && !draft.author) readBylineBlock(draft, knowledge, filled.slice(filled.indexOf(top[proseAt]!) + 1, filled.indexOf(top[proseAt]!) + 1 + BYLINE_BLOCK), take);
}

/**
 * The byline block a page prints under its standfirst or lead picture: the writer's name (with a job or
 * without), the outlet and place ("Press TV, Moscow"), a bio that opens with the writer's name, the name
 * again. Read as a grammar from the line after the standfirst; the first line of anything else ends it.
 */
function readBylineBlock(draft: Draft, knowledge: Knowledge, indexes: number[], take: (index: number, rule: string) => void): void {
  const lines = draft.lines;
  let author: string | null = null;
  for (const [n, index] of indexes.entries()) {
    const text = lines[index]!.text;
    const named = bylineAuthor(text) ?? jobBylineAuthor(text) ?? bareName(text, knowledge);
    const credit = creditLine(text, knowledge);
    const next = indexes[n + 1] === undefined ? '' : lines[indexes[n + 1]!]!.text;
    if (named && (author === null || named === author)) {
      author ??= named;
      take(index, 'byline');
    } else if (credit) {
      if (credit.agency) draft.agency ??= credit.agency;
      if (credit.outlet) draft.source ??= credit.outlet;
      take(index, 'dateline');
    } else if (author !== null && text.startsWith(author) && (bareName(next, knowledge) === author || isDateLine(next))) take(index, 'byline');
    else break;
  }
  if (author) draft.author = author;
}

/** "Vienna, 6 March 2024": the place a date line names, kept as the dateline's place. */
export function placeOfDateLine(draft: Draft, text: string, line: number): void {
  const place = /^(\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){0,2}),\s+\S/u.exec(text)?.[1];
  if (place && !/^(?:Published|Updated|Posted|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/i.test(place) && !draft.dateline) {
    draft.dateline = { text, place: titleCase(place), line };
  }
}
