// Takes the page's own furniture off the text and keeps it as metadata: the header above the first paragraph
// (kicker, headline, byline, date stamp), bylines and wire credits ("Reporting by …", "Jane Doe, with AFP",
// "… contributed to this report"), date lines, and the dateline that opens the first paragraph ("TEHRAN,
// Sept 20 (Reuters) -"). The headline becomes the title candidate; each removed line is recorded.
import type { Knowledge } from './load-knowledge.ts';
import { bylineAuthor, creditAuthor, isContributorCredit, isDateLine, isHeadlineLike, isProse, jobBylineAuthor, titleCase } from './line-kinds.ts';
import { canonicalAgency, readDateline, readItemDateline } from './read-dateline.ts';
import { HEADER_LINES, placeOfDateLine, readHeader, repeatsHeadline } from './read-header.ts';
import type { Draft } from './types.ts';

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

  readHeader(draft, knowledge, filled, take);

  filled.forEach((index, n) => {
    if (gone.has(index)) return;
    const text = lines[index]!.text;
    const credit = creditAuthor(text);
    if (credit !== null || isContributorCredit(text)) {
      if (credit) draft.author ??= credit;
      take(index, 'credit');
      return;
    }
    // Closing lines may name the writer with a job ("Ari Cicurel – Senior Policy Analyst") under "Author".
    const closing = n >= filled.length - 3;
    const byline = n < HEADER_LINES || closing ? (bylineAuthor(text) ?? (closing && !isProse(text) ? jobBylineAuthor(text) : null)) : null;
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

  // The headline printed again further down ("Related" boxes repeat it, some pages print it twice).
  const headline = draft.removed.find((r) => r.rule === 'headline')?.text;
  if (headline) for (const index of filled) if (!gone.has(index) && !isProse(lines[index]!.text) && repeatsHeadline(lines[index]!.text, headline)) take(index, 'headline-repeat');

  const left = filled.filter((i) => !gone.has(i));
  readDateline(draft, left, knowledge);
  // Under a later headline of a roundup, an item's own dateline.
  left.forEach((index, n) => {
    const above = n > 0 ? lines[left[n - 1]!]!.text : '';
    if (n >= 2 && (isHeadlineLike(above) || isDateLine(above)) && !isProse(above)) readItemDateline(draft, index);
  });
  leadCredit(draft, left, knowledge);
  draft.lines = lines.filter((_, i) => !gone.has(i));
}

/**
 * An aggregator's lead crediting the outlet it quotes whole ("SpaceDaily.com reports: “Iran is weighing …"):
 * a web address or a known outlet, a reporting verb, a colon and the quotation. The outlet becomes the source;
 * the text stays.
 */
function leadCredit(draft: Draft, indexes: number[], knowledge: Knowledge): void {
  const first = indexes[0];
  if (first === undefined || draft.source) return;
  const match = /^((?:the\s+)?[\p{L}\p{N}][\p{L}\p{N}&.' -]{1,40}?)\s+(?:reports|writes|says|reported|wrote)\s*:\s*["“]/u.exec(draft.lines[first]!.text);
  if (!match) return;
  const name = match[1]!.trim();
  const outlet = canonicalAgency(name, knowledge.sources.outlets);
  if (outlet || /^[\p{L}\p{N}-]+\.(?:com|net|org|info|news|co\.uk|io)$/iu.test(name)) draft.source = outlet ?? name;
}
