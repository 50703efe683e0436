// The article's date, only as precise as the text allows, with the words it came from. Evidence, strongest
// first: the editor's front-matter; a date stamp or dateline the cleaner removed; a full date in the lead; a
// weekday with month and day, resolved to the latest year where that weekday fits that is not after the other
// evidence (a copyright year) or the reference date; a copyright year alone. Nothing else: "on Wednesday"
// alone gives null. chrono-node parses the phrases; this file decides which of them date the article.
import * as chrono from 'chrono-node';
import type { Knowledge } from './load-knowledge.ts';
import type { DateFinding, Draft } from './types.ts';

export interface DateOptions {
  /** Upper bound for resolving a year that the text leaves out (default: today). */
  referenceDate?: Date;
}

/** How many leading blocks may hold the article's own date; later dates are about past events. */
const LEAD_BLOCKS = 2;
const COPYRIGHT_YEAR = /(?:©|\(c\)|copyright)\s*(?:\d{4}\s*[-–]\s*)?((?:19|20)\d{2})\b/iu;

export function extractDate(draft: Draft, _knowledge: Knowledge, options: DateOptions = {}): void {
  const reference = options.referenceDate ?? new Date();
  if (draft.editor.date) {
    draft.date = fromEditor(draft.editor.date);
    return;
  }
  const copyright = copyrightYear(draft);
  const bound = copyright ?? reference.getUTCFullYear();

  for (const removed of draft.removed) {
    const found = fullDate(removed.text);
    if (found && removed.rule !== 'teaser') {
      draft.date = found;
      return;
    }
  }
  const lead = draft.blocks.slice(0, LEAD_BLOCKS);
  for (const block of lead) {
    const found = fullDate(block.text);
    if (found) {
      draft.date = found;
      return;
    }
  }
  for (const block of lead) {
    const found = weekdayDate(block.text, bound);
    if (found) {
      draft.date = found;
      return;
    }
  }
  if (copyright !== null) {
    const line = draft.removed.find((r) => COPYRIGHT_YEAR.test(r.text));
    draft.date = { date: String(copyright), precision: 'year', evidence: line ? evidenceOf(line.text, COPYRIGHT_YEAR) : String(copyright) };
    return;
  }
  draft.date = null;
}

function fromEditor(date: string): DateFinding {
  const parts = date.split('-').length;
  return { date, precision: parts === 3 ? 'day' : parts === 2 ? 'month' : 'year', evidence: 'front-matter' };
}

function fullDate(text: string): DateFinding | null {
  for (const result of chrono.en.strict.parse(text)) {
    const { start } = result;
    if (start.isCertain('year') && start.isCertain('month') && start.isCertain('day')) {
      const iso = isoDate(start.get('year')!, start.get('month')!, start.get('day')!);
      if (iso) return { date: iso, precision: 'day', evidence: result.text.trim() };
    }
  }
  return null;
}

function weekdayDate(text: string, bound: number): DateFinding | null {
  for (const result of chrono.en.parse(text)) {
    const { start } = result;
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

function copyrightYear(draft: Draft): number | null {
  for (const r of draft.removed) {
    const m = COPYRIGHT_YEAR.exec(r.text);
    if (m) return Number(m[1]);
  }
  return null;
}

function evidenceOf(text: string, re: RegExp): string {
  return re.exec(text)?.[0].trim() ?? text;
}

function isoDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
