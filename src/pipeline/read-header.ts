// The page header above the first paragraph of prose: kicker and site labels, one headline, bylines, date
// stamps (alone or together: "01 June 2024 - 23:06 By Jane Doe", "Money | By Jane Doe"), and the headline
// printed again. What is not a standfirst (a sentence under the headline) is the page's, and is taken off
// with its reason; the headline becomes the title candidate. Nothing is taken unless prose follows, and in
// a hard-wrapped file a line running on into the next is prose, not a headline.
import { bylineAuthor, isDateLine, isHeadlineLike, isProse, jobBylineAuthor, titleCase, wordCount, wrapWidth } from './line-kinds.ts';
import { isPageCode } from './page-furniture.ts';
import type { Knowledge } from './load-knowledge.ts';
import { outletAfterByline } from './read-dateline.ts';
import type { Draft } from './types.ts';

/** How many non-empty lines from the top may belong to the page header. */
export const HEADER_LINES = 20;
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

/** A line that is only a person's name (two or three capitalised words): a byline without "By". */
function bareName(text: string): string | null {
  return /^\p{Lu}\p{Ll}+(?:\s\p{Lu}\.?)?(?:\s\p{Lu}[\p{Ll}'’-]+){1,2}$/u.test(text) ? text : null;
}

export function readHeader(draft: Draft, knowledge: Knowledge, filled: number[], take: (index: number, rule: string) => void): void {
  const lines = draft.lines;
  const top = filled.slice(0, HEADER_LINES);
  const wrapped = wrapWidth(lines) !== null;
  // In a hard-wrapped file a paragraph runs over several lines: judge the paragraph, not the line.
  const paragraph = (i: number): string => {
    if (!wrapped) return lines[i]!.text;
    let end = i;
    while ((lines[end + 1]?.text ?? '') !== '') end++;
    return lines.slice(i, end + 1).map((l) => l.text).join(' ');
  };
  // A question of a few words at the very top is a headline ("Explainer: What are Iran's drones?").
  const prose = (i: number): boolean => isProse(paragraph(i)) && !(i === top[0] && /\?["”’]?$/u.test(paragraph(i)) && wordCount(paragraph(i)) <= 16 && (lines[i + 1]?.text ?? '') === '');
  const proseAt = top.findIndex(prose);
  if (proseAt <= 0) return;
  let headline: string | null = null;
  for (const index of top.slice(0, proseAt)) {
    const text = lines[index]!.text;
    const runsOn = wrapped && (lines[index + 1]?.text ?? '') !== '';
    // Headlines and labels are capitalised; a line in lowercase is text, whatever its length.
    const capitalised = /^["“‘']?[\p{Lu}\d]/u.test(text);
    const author = bylineAuthor(text) ?? jobBylineAuthor(text);
    const compound = author ? null : compoundByline(text);
    if (author || compound) {
      draft.author ??= author ?? compound!.author;
      const credit = outletAfterByline(text, knowledge);
      if (credit?.agency) draft.agency ??= credit.agency;
      if (credit?.outlet) draft.source ??= credit.outlet;
      take(index, 'byline');
    } else if (isDateLine(text)) {
      take(index, 'date-line');
      placeOfDateLine(draft, text, lines[index]!.line);
    } else if (isPageCode(text)) take(index, 'page-header');
    else if (headline !== null && !runsOn && repeatsHeadline(text, headline)) take(index, 'headline-repeat');
    else if (headline === null && !runsOn && capitalised && wordCount(text) >= 4 && isHeadlineLike(text)) {
      headline = text;
      take(index, 'headline');
    } else if (headline !== null && !draft.author && !runsOn && bareName(text)) {
      draft.author = bareName(text);
      take(index, 'byline');
    } else if (capitalised && wordCount(text) <= 6 && !runsOn && !/[.!?]["”’]?$/u.test(text)) take(index, 'page-header');
    // A standfirst under the headline ("Iranian media claims deal agreed as …") is text: it stays, and the
    // header goes on below it. Anything else ends the header.
    else if (!(headline !== null && capitalised && !runsOn && isHeadlineLike(text))) return;
  }
}

/** "Vienna, 6 March 2024": the place a date line names, kept as the dateline's place. */
export function placeOfDateLine(draft: Draft, text: string, line: number): void {
  const place = /^(\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){0,2}),\s+\S/u.exec(text)?.[1];
  if (place && !/^(?:Published|Updated|Posted|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/i.test(place) && !draft.dateline) {
    draft.dateline = { text, place: titleCase(place), line };
  }
}
