// The date of an article in another language when extract-date (English phrases, through chrono-node) found
// none: a day, a month name of the article's language (content/languages/<lang>.yaml `months`) and a year
// ("24 октября 2022", "28. November 2023", "7 دی ماه 1402"), or a numeric day/month/year ("Selasa
// (13/9/2022)"), read day first as these languages write it. Persian dates are Solar Hijri (`calendar:
// persian`) and become Gregorian through jalaali-js. Only the lead and the date lines the cleaner took off are read, as in
// extract-date. A month and year without a day ("since October 2018") are mostly about the past: no date.
import { toGregorian } from 'jalaali-js';
import type { Knowledge } from './load-knowledge.ts';
import { languageData } from './find-native-entities.ts';
import { fold } from './fold-text.ts';
import { escapeRegExp } from './clean-boilerplate.ts';
import type { DateFinding, Draft } from './types.ts';

/** The lead: the first paragraphs of prose, past a section name or a share count left at the top of a page. */
const LEAD_BLOCKS = 2;
const PROSE_WORDS = 8;
const DATE_RULES = /date|headline|byline|header|dateline/;

const cache = new WeakMap<object, RegExp>();

export function extractNativeDate(draft: Draft, knowledge: Knowledge): void {
  if (draft.date || draft.editor.date) return;
  const data = languageData(knowledge, draft.lang);
  if (!data) return;
  const texts = [...draft.removed.filter((r) => DATE_RULES.test(r.rule)).map((r) => r.text), ...(draft.title ? [draft.title] : []), ...lead(draft)];
  for (const text of texts) {
    const found = (data.months ? named(text, data.months, data.calendar) : null) ?? (data.calendar === 'gregorian' ? numeric(text) : null);
    if (found) {
      draft.date = found;
      return;
    }
  }
}

function lead(draft: Draft): string[] {
  return draft.blocks.filter((b) => b.kind === 'paragraph' && b.text.split(/\s+/).length >= PROSE_WORDS).slice(0, LEAD_BLOCKS).map((b) => b.text);
}

function named(text: string, months: Array<string | string[]>, calendar: 'gregorian' | 'persian'): DateFinding | null {
  let pattern = cache.get(months);
  if (!pattern) {
    const forms = months.map((m) => (Array.isArray(m) ? m : [m]).map((f) => escapeRegExp(fold(f))).join('|'));
    // Day, month (each month a group), optional second name after a slash, optional "ماه" (Persian "month"), year; separators a space, dot or dash.
    const alternatives = forms.map((f) => `(${f})`).join('|');
    // Arabic papers name the month twice, the Gregorian name and the Levantine one: "15 يناير/كانون الثاني 2023".
    const second = `(?:\\s*/\\s*(?:${forms.join('|')})(?![\\p{L}]))?`;
    pattern = new RegExp(`(?<!\\p{N})(\\d{1,2})\\.?[\\s\\-]*(?:${alternatives})(?![\\p{L}])${second}[\\s\\-]*(?:ماه[\\s\\-]*)?(\\d{4})(?!\\d)`, 'u');
    cache.set(months, pattern);
  }
  const folded = fold(text);
  const m = pattern.exec(folded);
  if (!m) return null;
  const day = Number(m[1]);
  const month = m.slice(2, 14).findIndex((g) => g !== undefined) + 1;
  const year = Number(m[14]);
  // The words as folded (lowercase, Western digits): folding may drop characters, so offsets into the original differ.
  const evidence = m[0].trim();
  if (calendar === 'persian') {
    if (day > 31) return null;
    const g = toGregorian(year, month, day);
    return { date: iso(g.gy, g.gm, g.gd), precision: 'day', evidence: `${evidence} (Solar Hijri)` };
  }
  if (year < 1900 || year > 2100) return null;
  return valid(year, month, day) ? { date: iso(year, month, day), precision: 'day', evidence } : null;
}

/** "13/9/2022", "24.9.2022": day first. */
function numeric(text: string): DateFinding | null {
  const m = /(?<!\d)(\d{1,2})[/.](\d{1,2})[/.]((?:19|20)\d{2})(?!\d)/.exec(fold(text));
  if (!m) return null;
  const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return valid(year, month, day) ? { date: iso(year, month, day), precision: 'day', evidence: m[0] } : null;
}

function valid(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return month >= 1 && month <= 12 && d.getUTCDate() === day && d.getUTCMonth() === month - 1;
}

function iso(y: number, m: number, d: number): string {
  return `${y}-${pad(m)}-${pad(d)}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
