// Takes the page's own furniture off the text and keeps it as metadata: the header above the first paragraph
// (kicker, headline, byline, date stamp), bylines and wire credits ("Reporting by …", "Jane Doe, with AFP",
// "… contributed to this report"), date lines, and the dateline that opens the first paragraph ("TEHRAN,
// Sept 20 (Reuters) -"). The headline becomes the title candidate; each removed line is recorded.
import type { Knowledge } from './load-knowledge.ts';
import type { Outlet } from '../schema/knowledge.ts';
import { bylineAuthor, creditAuthor, jobBylineAuthor, isContributorCredit, isDateLine, isHeadlineLike, isProse, titleCase, wordCount, wrapWidth } from './line-kinds.ts';
import type { Draft } from './types.ts';

/** How many non-empty lines from the top may belong to the page header. */
const HEADER_LINES = 8;

const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?';
const WEEKDAY = '(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)[a-z]*\\.?';
const DAY_DATE = `(?:${WEEKDAY},?\\s+)?(?:${MONTH}\\s+\\d{1,2}|\\d{1,2}\\s+${MONTH}|${WEEKDAY})(?:,?\\s+\\d{4})?`;
const PLACE = "\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,2}";
const AGENCY = '\\p{Lu}[\\p{L}.&\\s-]{0,30}?';
/** "DUBAI, Jan 9 (Reuters) - ", "KYIV, Ukraine (AP) — ", "MOSCOW, March 12. /TASS/. ", "Tehran – ". */
const DATELINE = new RegExp(
  `^(${PLACE})(?:,\\s+(${PLACE}))?(?:,\\s+(${DAY_DATE}))?\\.?\\s*(?:\\((${AGENCY})\\)\\s*(?:--|[-–—:])|/(${AGENCY})/\\.?|(?:--|[-–—]))\\s+(?=\\S)`,
  'u',
);
/** "Khalil Wakim, with AFP", "Jane Doe (Reuters)": a closing byline crediting a wire agency. */
const AGENCY_BYLINE = /^(?:by\s+)?(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}(?:\s+and\s+\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+)+)?)(?:\s*,?\s+with\s+(\S.*?)|\s*\((\S.*?)\))\.?$/u;

export function extractCredits(draft: Draft, knowledge: Knowledge): void {
  // An editor's Markdown has its title, author and date in front-matter: its text is all article.
  if (draft.markdown) return;
  const agencies = knowledge.sources.agencies;
  const lines = draft.lines;
  const gone = new Set<number>();
  const take = (index: number, rule: string, text = lines[index]!.text): void => {
    draft.removed.push({ text, rule, line: lines[index]!.line });
    gone.add(index);
  };
  const filled = lines.map((l, i) => (l.text === '' ? -1 : i)).filter((i) => i >= 0);

  readHeader(draft, filled, take);

  filled.forEach((index, n) => {
    if (gone.has(index)) return;
    const text = lines[index]!.text;
    const credit = creditAuthor(text);
    if (credit !== null || isContributorCredit(text)) {
      if (credit) draft.author ??= credit;
      take(index, 'credit');
      return;
    }
    const byline = n < HEADER_LINES || n >= filled.length - 3 ? bylineAuthor(text) : null;
    if (byline) {
      draft.author ??= byline;
      take(index, 'byline');
      return;
    }
    // A date stamp standing alone near the top ("September 12, 2024" under the lead, "Vienna, 6 March 2024").
    if (n < 4 && isDateLine(text)) {
      take(index, 'date-line');
      placeOfDateLine(draft, text, lines[index]!.line);
    }
  });

  const last = [...filled].reverse().find((i) => !gone.has(i));
  if (last !== undefined) {
    const match = AGENCY_BYLINE.exec(lines[last]!.text);
    const agency = match ? canonicalAgency((match[2] ?? match[3])!.trim(), agencies) : null;
    if (match && agency) {
      draft.author ??= titleCase(match[1]!);
      draft.agency ??= agency;
      take(last, 'byline');
    }
  }

  const first = filled.find((i) => !gone.has(i));
  if (first !== undefined) readDateline(draft, first, agencies);
  draft.lines = lines.filter((_, i) => !gone.has(i));
}

/**
 * The lines above the first paragraph of prose: a byline, a date stamp, one headline (a few words without a
 * closing full stop), and short labels such as "Opinion" or the site's name. Nothing is taken unless prose
 * follows, and in a hard-wrapped file a line running on into the next is prose, not a headline.
 */
function readHeader(draft: Draft, filled: number[], take: (index: number, rule: string) => void): void {
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
  let headline = false;
  for (const index of top.slice(0, proseAt)) {
    const text = lines[index]!.text;
    const runsOn = wrapped && (lines[index + 1]?.text ?? '') !== '';
    // Headlines and labels are capitalised; a line in lowercase is text, whatever its length.
    const capitalised = /^["“‘']?[\p{Lu}\d]/u.test(text);
    const author = bylineAuthor(text) ?? jobBylineAuthor(text);
    if (author) {
      draft.author ??= author;
      take(index, 'byline');
    } else if (isDateLine(text)) {
      take(index, 'date-line');
      placeOfDateLine(draft, text, lines[index]!.line);
    } else if (!headline && !runsOn && capitalised && wordCount(text) >= 4 && isHeadlineLike(text)) {
      headline = true;
      take(index, 'headline');
    } else if (capitalised && wordCount(text) <= 4 && !runsOn) take(index, 'page-header');
    // A standfirst under the headline ("Iranian media claims deal agreed as …") is text: it stays, and the
    // header goes on below it.
    else if (!(headline && capitalised && !runsOn && isHeadlineLike(text))) return;
  }
}

/** "Vienna, 6 March 2024": the place a date line names, kept as the dateline's place. */
function placeOfDateLine(draft: Draft, text: string, line: number): void {
  const place = /^(\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){0,2}),\s+\S/u.exec(text)?.[1];
  if (place && !/^(?:Published|Updated|Posted|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/i.test(place) && !draft.dateline) {
    draft.dateline = { text, place: titleCase(place), line };
  }
}

/** The dateline opening the first paragraph becomes metadata: its place, its agency, its date words. */
function readDateline(draft: Draft, index: number, agencies: Outlet[]): void {
  const entry = draft.lines[index]!;
  const match = DATELINE.exec(entry.text);
  if (!match) return;
  const place = match[1]!;
  // "Damascus, SANA –": an agency where a second place would stand.
  const second = match[2] && canonicalAgency(match[2], agencies) ? match[2] : undefined;
  const agencyName = (match[4] ?? match[5] ?? second)?.trim();
  const agency = agencyName ? (canonicalAgency(agencyName, agencies) ?? (/^\p{Lu}{2,6}$/u.test(agencyName) ? agencyName : null)) : null;
  // A capitalised word before a dash is a dateline only in capitals, with an agency, or naming a known place.
  const capitals = place === place.toUpperCase();
  if (!capitals && !agency && !match[3] && !/^\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?$/u.test(place)) return;
  const rest = entry.text.slice(match[0].length);
  if (!/^["“‘(]?\p{Lu}/u.test(rest) || wordCount(rest) < 6) return;
  const text = match[0].trim();
  draft.removed.push({ text, rule: 'dateline', line: entry.line });
  draft.dateline = { text, place: titleCase(place), line: entry.line };
  if (agency) draft.agency ??= agency;
  draft.lines[index] = { text: rest, line: entry.line };
}

export function canonicalAgency(name: string, agencies: Outlet[]): string | null {
  const lower = name.toLowerCase().replace(/^the\s+/, '');
  return agencies.find((a) => [a.name, ...a.aliases].some((n) => n.toLowerCase().replace(/^the\s+/, '') === lower))?.name ?? null;
}
