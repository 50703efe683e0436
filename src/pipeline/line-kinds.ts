// What a line of a raw article looks like: prose, a headline, a byline, a date stamp, a link in a list.
// Shared by the cleaning steps so that they agree on what they see.
import * as chrono from 'chrono-node';

export interface Line {
  text: string;
  line: number;
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** Ends the way a sentence does (full stop, question, closing quote or bracket after one). */
export const SENTENCE_END = /[.!?…:;]["'”’)\]]*$|["”’)\]]$/u;

/** A line of running text: long enough and ending like a sentence, or long in any case. */
export function isProse(text: string): boolean {
  const words = wordCount(text);
  return (words >= 10 && SENTENCE_END.test(text)) || words >= 30;
}

/** A headline-like line: a few words, no closing full stop (a link in a list, a section heading, a title). */
export function isHeadlineLike(text: string): boolean {
  const words = wordCount(text);
  return words >= 1 && words <= 24 && !/[.;:]["”’]?$/u.test(text);
}

/**
 * "By Jane Doe", "by JOHN HARLOW and ANNA PETROVA", "By Mark Feldman | 4 min read", "By: Jane Doe", "By By
 * Jane Doe" (a template printing its label twice), "By Jane Doe / The Daily Post" (the outlet after a slash).
 */
const BYLINE = /^(?:by:?\s+){1,2}(\p{Lu}[\p{L}'’./-]*(?:\s+(?:\p{Lu}[\p{L}'’./-]*|de|al|bin|van|von|der|da|el))+)(?:\s+and\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)+)?(?:\s*(?:[,|•–—-]|\s\/\s|\bin\b).*)?$/iu;

/** The author a byline names, title-cased when written in capitals; null when the line is no byline. */
export function bylineAuthor(text: string): string | null {
  if (text.length > 120) return null;
  const match = BYLINE.exec(text.trim());
  if (!match) return null;
  const names = text.trim().replace(/^(?:by:?\s+){1,2}/iu, '').split(/\s*(?:[,|•]|\s[–—/-]\s)\s*/)[0]!.trim();
  return titleCase(names.replace(/\s+in\s+\p{Lu}.*$/u, ''));
}

/** The jobs a newsroom byline names after the writer ("Diplomatic editor", "Middle East correspondent"). */
const BYLINE_JOB = /^(?:(?:senior|chief|deputy|staff|foreign|diplomatic|political|defen[cs]e|security|international|world|news|special|regional|investigations?|(?:middle\s+)?east(?:ern)?|\p{Lu}[\p{L}-]+)\s+)*(?:editor|correspondent|reporter|writer|columnist|journalist|bureau chief|contributor|analyst)s?$/iu;

/**
 * A header line naming the writer without "By": "Patrick Wintour Diplomatic editor", "Jane Doe, Middle East
 * correspondent", "John Smith | Staff Writer". The name is what stands before a separator, else the first two
 * words; null when the rest is no newsroom job.
 */
export function jobBylineAuthor(text: string): string | null {
  const trimmed = text.trim();
  if (wordCount(trimmed) > 8) return null;
  const split = /^(.+?)\s*(?:[,|•]|\s[–—-])\s*(.+)$/u.exec(trimmed);
  const [name, job] = split ? [split[1]!, split[2]!] : [trimmed.split(/\s+/).slice(0, 2).join(' '), trimmed.split(/\s+/).slice(2).join(' ')];
  if (!/^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}$/u.test(name) || !BYLINE_JOB.test(job)) return null;
  return titleCase(name);
}

/** "Reporting by X in Dubai and Y; Editing by Z": the first reporter, or null when the line is no such credit. */
export function creditAuthor(text: string): string | null {
  const match = /^\(?(?:additional\s+)?(?:reporting|writing|written|compiled|produced|reported)\s+by\s+(.+?)\)?$/iu.exec(text.trim());
  if (!match) return null;
  const first = match[1]!.split(/\s*(?:;|,|\band\b|\bin\b|\bfrom\b)\s*/u)[0]!.trim();
  return /^\p{Lu}/u.test(first) ? titleCase(first) : null;
}

/** "Associated Press writer X contributed to this report." and the like. */
export function isContributorCredit(text: string): boolean {
  return /\bcontributed(?: reporting)?(?: to)?(?: this)?(?: report| story| article)?(?: from [^.]+)?\.?$/iu.test(text) && wordCount(text) <= 30;
}

/** A line that is only a date or a time stamp ("January 9, 2024 10:32 AM GMT+3 Updated 2 hours ago"). */
export function isDateLine(text: string): boolean {
  const words = wordCount(text);
  if (words > 16 || !/\d/.test(text)) return false;
  if (/^(?:published|posted|updated|last updated|last modified|modified|edited|date|dated|publié le|issued)\b/iu.test(text) && /\d/.test(text)) return true;
  const found = chrono.en.parse(text);
  if (found.length === 0) return false;
  const covered = found.reduce((n, r) => n + r.text.length, 0);
  // What is left besides the dates must be stamp words, not a sentence.
  const rest = found.reduce((t, r) => t.replace(r.text, ' '), text).replace(/\b(?:updated|published|posted|ago|gmt|utc|[ap]m|at|on|hours?|minutes?|mins?|read|days?|edt|est|bst|cet|[+-]\d+)\b|[\d|•:,.+–—-]/giu, ' ');
  return covered >= 6 && wordCount(rest) <= 1;
}

export function titleCase(name: string): string {
  if (name.replace(/\band\b/g, '') !== name.replace(/\band\b/g, '').toUpperCase()) return name;
  return name.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase()).replace(/\bAnd\b/g, 'and');
}

/**
 * A file hard-wrapped at a fixed width (press releases, e-mail): most lines of running text stop near the
 * same width without closing punctuation. Returns the width, or null when lines are whole paragraphs.
 */
export function wrapWidth(lines: Line[]): number | null {
  const lengths = lines.map((l) => l.text.length).filter((n) => n > 0);
  if (lengths.length < 4) return null;
  const sorted = [...lengths].sort((a, b) => a - b);
  const width = sorted[Math.floor(sorted.length * 0.9)]!;
  if (width > 100 || width < 40) return null;
  const wrapped = lines.filter((l, i) => l.text.length >= width * 0.7 && !SENTENCE_END.test(l.text) && (lines[i + 1]?.text ?? '') !== '');
  return wrapped.length >= 3 ? width : null;
}
