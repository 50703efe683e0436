// The article's date, only as precise as the text allows, with the words it came from. Evidence, strongest
// first: the editor's front-matter; a date stamp the cleaner took off the page (a "Published …" line, a date
// under the headline); the dateline ("Brussels, Monday, 17 October –"); a full date in the lead; a weekday
// with month and day in the lead; a copyright year alone (precision `year`). Nothing else: "on Wednesday" or
// "3 days ago" alone give null. chrono-node parses the phrases; this file decides which of them date the
// article.
//
// A weekday with month and day ("Wednesday, September 20") is resolved to the latest year in which that day
// is that weekday, not after the other evidence (a copyright year) nor after the reference date. The
// reference date is a fixed constant, not the clock, so that the same text gives the same date on any day:
// output changes only when someone moves REFERENCE_DATE (and with it the pipeline version).
import * as chrono from 'chrono-node';
import type { Knowledge } from './load-knowledge.ts';
import type { DateFinding, Draft } from './types.ts';

export interface DateOptions {
  /** Upper bound for resolving a year that the text leaves out (default: REFERENCE_DATE). */
  referenceDate?: Date;
}

/** The latest date an article may carry when the text itself does not bound it. Move it forward yearly. */
export const REFERENCE_DATE = new Date(Date.UTC(2026, 11, 31));

/** How many leading blocks may hold the article's own date; later dates are about past events. */
const LEAD_BLOCKS = 2;
/** Removed lines that may carry the article's date (not teasers or links to other stories). */
const STAMP_RULES = new Set(['date-line', 'date-stamp', 'headline', 'page-header', 'byline', 'credit', 'copyright', 'dateline']);
/** "© 2022", "Copyright © 2021-2023", "© Iran International 2024": the year in a copyright notice. */
const COPYRIGHT_YEAR = /(?:copyright\s*)?(?:©|\(c\)|copyright)\s*(?:[^\d\n]{0,60}?)(?:\d{4}\s*[-–]\s*)?((?:19|20)\d{2})\b/iu;
const MONTH_NAME = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/i;
/** Where a date may stand; chrono-node parses only a window around each hit, never a whole paragraph. */
const DATE_HINT =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|\b\d{4}-\d{1,2}-\d{1,2}\b|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b/gi;

export function extractDate(draft: Draft, _knowledge: Knowledge, options: DateOptions = {}): void {
  const reference = options.referenceDate ?? REFERENCE_DATE;
  if (draft.editor.date) {
    draft.date = fromEditor(draft.editor.date);
    return;
  }
  const copyright = copyrightYear(draft);
  const bound = Math.min(copyright ?? Infinity, reference.getUTCFullYear());

  const stamps = draft.removed.filter((r) => STAMP_RULES.has(r.rule) && r.rule !== 'dateline');
  // A caption dates its picture ("… on July 12, 2019"), not the article.
  const lead = draft.blocks.filter((b) => b.kind !== 'caption').slice(0, LEAD_BLOCKS).map((b) => b.text);
  const dateline = draft.dateline ? [draft.dateline.text] : [];
  draft.date =
    first(stamps.map((r) => r.text), (t) => fullDate(t) ?? weekdayDate(t, bound) ?? monthDay(t, copyright)) ??
    first(dateline, (t) => fullDate(t) ?? weekdayDate(t, bound) ?? monthDay(t, copyright)) ??
    first(lead, fullDate) ??
    first(lead, (t) => weekdayDate(t, bound)) ??
    yearOnly(draft, copyright);
}

function first(texts: string[], find: (text: string) => DateFinding | null): DateFinding | null {
  for (const text of texts) {
    const found = find(text);
    if (found) return found;
  }
  return null;
}

function fromEditor(date: string): DateFinding {
  const parts = date.split('-').length;
  return { date, precision: parts === 3 ? 'day' : parts === 2 ? 'month' : 'year', evidence: 'front-matter' };
}

/** Short stretches of text around each date-like hit, for chrono-node to parse. */
function windows(text: string): string[] {
  const out: string[] = [];
  let covered = -1;
  for (const m of text.matchAll(DATE_HINT)) {
    if (m.index < covered) continue;
    const from = Math.max(0, m.index - 30);
    covered = Math.min(text.length, m.index + m[0].length + 30);
    out.push(text.slice(from, covered));
  }
  return out;
}

function parse(text: string, strict: boolean): chrono.ParsedResult[] {
  return windows(text).flatMap((w) => (strict ? chrono.en.strict.parse(w) : chrono.en.parse(w)));
}

/** A date with its year written out ("September 20, 2023", "2023-06-09", "20/05/2023"); never a relative one. */
function fullDate(text: string): DateFinding | null {
  for (const result of parse(text, true)) {
    const { start } = result;
    if (!/\d{4}/.test(result.text)) continue;
    if (start.isCertain('year') && start.isCertain('month') && start.isCertain('day')) {
      const iso = isoDate(start.get('year')!, start.get('month')!, start.get('day')!);
      if (iso) return { date: iso, precision: 'day', evidence: result.text.trim() };
    }
  }
  return null;
}

/** "Wednesday, September 20": the latest year not after `bound` in which that day is that weekday. */
function weekdayDate(text: string, bound: number): DateFinding | null {
  for (const result of parse(text, false)) {
    const { start } = result;
    if (!MONTH_NAME.test(result.text)) continue;
    if (!start.isCertain('weekday') || !start.isCertain('month') || !start.isCertain('day') || start.isCertain('year')) continue;
    const month = start.get('month')!;
    const day = start.get('day')!;
    const weekday = start.get('weekday')!;
    for (let year = bound; year > bound - 28; year--) {
      const date = new Date(Date.UTC(year, month - 1, day));
      if (date.getUTCMonth() === month - 1 && date.getUTCDay() === weekday) {
        return { date: isoDate(year, month, day)!, precision: 'day', evidence: result.text.replace(/^on\s+/i, '').trim() };
      }
    }
  }
  return null;
}

/** A dateline's month and day ("Jan 9") take their year only from a copyright line of the same page. */
function monthDay(text: string, copyright: number | null): DateFinding | null {
  if (copyright === null) return null;
  for (const result of parse(text, true)) {
    const { start } = result;
    if (!MONTH_NAME.test(result.text) || !start.isCertain('month') || !start.isCertain('day')) continue;
    const iso = isoDate(copyright, start.get('month')!, start.get('day')!);
    if (iso) return { date: iso, precision: 'day', evidence: `${result.text.trim()} (year from © ${copyright})` };
  }
  return null;
}

function yearOnly(draft: Draft, copyright: number | null): DateFinding | null {
  if (copyright === null) return null;
  const line = draft.removed.find((r) => COPYRIGHT_YEAR.test(r.text));
  return { date: String(copyright), precision: 'year', evidence: line ? (COPYRIGHT_YEAR.exec(line.text)?.[0].trim() ?? line.text) : String(copyright) };
}

function copyrightYear(draft: Draft): number | null {
  for (const r of draft.removed) {
    const m = COPYRIGHT_YEAR.exec(r.text);
    if (m) return Number(m[1]);
  }
  return null;
}

function isoDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
