// Shows a date only as precisely as it is known ("14 Dec 2022", "Dec 2022", "2022", "date unknown") and says
// where it came from: a date whose evidence does not state all of it was inferred, and the page says so.
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function formatDate(date: string | null): string {
  if (!date) return 'date unknown';
  const [year, month, day] = date.split('-');
  if (day) return `${Number(day)} ${MONTHS[Number(month) - 1]} ${year}`;
  if (month) return `${MONTHS[Number(month) - 1]} ${year}`;
  return year ?? 'date unknown';
}

/** "December 2022" for a "YYYY-MM" key. */
export function formatMonth(key: string): string {
  const [year, month] = key.split('-');
  return `${MONTH_NAMES[Number(month) - 1]} ${year}`;
}

/** "Dec 22" for chart axes. */
export function formatMonthShort(key: string): string {
  const [year, month] = key.split('-');
  return `${MONTHS[Number(month) - 1]} ${year!.slice(2)}`;
}

/** Evidence the pipeline words as an explanation of an inference ("inferred from …", "story date, from …"). */
const EXPLAINED = /^\s*(inferred|estimated|assumed|story date)\b/i;
/** The pipeline's evidence for a date an editor set in an article's front-matter. */
const EDITORS = 'front-matter';

export interface DateNote {
  /**
   * stated: the evidence holds every part of the date; inferred: it does not; explained: the evidence itself
   * says how the date was inferred; editors: an editor set the date.
   */
  kind: 'stated' | 'inferred' | 'explained' | 'editors';
  evidence: string;
}

/** Where a date came from, judged from the evidence the pipeline kept. */
export function dateNote(date: string | null, evidence: string | null): DateNote | null {
  if (!date || !evidence) return null;
  if (evidence.trim() === EDITORS) return { kind: 'editors', evidence };
  if (EXPLAINED.test(evidence)) return { kind: 'explained', evidence };
  const [year, month, day] = date.split('-');
  const text = evidence.toLowerCase();
  const rest = text.replace(year!, '');
  const monthIndex = month ? Number(month) - 1 : -1;
  const hasYear = text.includes(year!);
  const hasMonth =
    !month || text.includes(MONTH_NAMES[monthIndex]!.toLowerCase()) || text.includes(MONTHS[monthIndex]!.toLowerCase()) || new RegExp(`\\b0?${Number(month)}\\b`).test(rest);
  const hasDay = !day || new RegExp(`\\b0?${Number(day)}(st|nd|rd|th)?\\b`).test(rest);
  return { kind: hasYear && hasMonth && hasDay ? 'stated' : 'inferred', evidence };
}

/** Sorts partial dates newest first; a less precise date sorts after the precise ones it contains. */
export function compareDatesDesc(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? 1 : -1;
}

/** Sorts partial dates oldest first, undated last. */
export function compareDatesAsc(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

/** "YYYY-MM" of a date precise to the month or day, else null. */
export function monthKey(date: string | null): string | null {
  return date && date.length >= 7 ? date.slice(0, 7) : null;
}

/** Every "YYYY-MM" from `first` to `last`, inclusive. */
export function monthRange(first: string, last: string): string[] {
  const months: string[] = [];
  let [year, month] = first.split('-').map(Number) as [number, number];
  const [endYear, endMonth] = last.split('-').map(Number) as [number, number];
  while (year < endYear || (year === endYear && month <= endMonth)) {
    months.push(`${year}-${String(month).padStart(2, '0')}`);
    month++;
    if (month > 12) {
      month = 1;
      year++;
    }
  }
  return months;
}
