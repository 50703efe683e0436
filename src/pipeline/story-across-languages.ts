// Links reports of one event written in different languages. Their words never meet (a Russian and an English
// text share no "word:" feature), so the word-based similarity of story-similarity.ts cannot see them; what
// they do share is what the event is made of, whatever the language: the canonical ids of the systems,
// people, organizations and places they name (aliases in every script resolve to one id), the numbers they
// give (Persian and Arabic-Indic digits read as the same numbers), and the day. Two reports in different
// languages are linked when
// - both are dated to the day, at most DAY_WINDOW days apart (the date window: the same facts a month later
//   are a later development),
// - they share at least one system, person or organization (places alone are where many events happen), and
//   at least MIN_SHARED rare features in all,
// - and the cosine of these language-free features, weighted by their rarity in the corpus, reaches SIMILAR:
//   a low bar, since two real reports in two languages name few of the same things beside the event's own
//   (0.20 for the one real pair measured, an Arabic and an English report of one MP's statement; the rules
//   above are what keeps events apart).
// Pairs in one language are left to the word-based similarity: this never links them, so a corpus in one
// language clusters exactly as before.
import type { Draft } from './types.ts';

type Kind = 'system' | 'person' | 'organization' | 'place' | 'number';
const KIND_WEIGHT: Readonly<Record<Kind, number>> = { system: 2, person: 1.5, organization: 1.5, place: 1, number: 1.5 };
/** Kinds that name what an event is about, of which two reports must share one. */
const ANCHORS: ReadonlySet<string> = new Set(['system', 'person', 'organization']);
const DAY_WINDOW = 2;
const MIN_SHARED = 3;
const SIMILAR = 0.15;
/** A feature in more than this share of the corpus (and more than MIN_POSTING articles) tells no event apart. */
const MAX_SHARE = 0.05;
const MIN_POSTING = 10;
/** Digit runs in any script: "24", "۲۴", "٢٤", "2,500", "2.5". */
const DIGITS = /\p{Nd}+(?:[.,٫٬]\p{Nd}+)*/gu;

/** Links between articles of different languages, by pair key `i * n + j` (i < j), with their similarity. */
export function crossLanguageLinks(drafts: readonly Draft[]): Map<number, number> {
  const links = new Map<number, number>();
  const n = drafts.length;
  if (new Set(drafts.map((d) => d.lang)).size < 2) return links;
  const days = drafts.map((d) => (d.date?.precision === 'day' ? Date.parse(d.date.date) / 86_400_000 : null));
  const features = drafts.map((d, i) => (days[i] === null ? new Map<string, number>() : eventFeatures(d)));
  const df = new Map<string, number>();
  for (const f of features) for (const key of f.keys()) df.set(key, (df.get(key) ?? 0) + 1);
  const limit = Math.max(MIN_POSTING, Math.ceil(n * MAX_SHARE));
  const idf = (key: string): number => Math.log(1 + n / df.get(key)!);
  const vectors = features.map((f) => unit(new Map([...f].map(([key, w]) => [key, w * idf(key)]))));

  // Candidates through the rare features only: cost bounded by their posting lists, never all pairs.
  const postings = new Map<string, number[]>();
  features.forEach((f, i) => {
    for (const key of f.keys()) if (df.get(key)! >= 2 && df.get(key)! <= limit) postings.set(key, [...(postings.get(key) ?? []), i]);
  });
  const shared = new Map<number, string[]>();
  for (const [key, members] of [...postings].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    for (let a = 0; a < members.length; a++) {
      for (let b = a + 1; b < members.length; b++) {
        const [i, j] = [members[a]!, members[b]!];
        if (drafts[i]!.lang === drafts[j]!.lang) continue;
        const pair = i * n + j;
        shared.set(pair, [...(shared.get(pair) ?? []), key]);
      }
    }
  }
  for (const [pair, keys] of shared) {
    const [i, j] = [Math.floor(pair / n), pair % n];
    if (keys.length < MIN_SHARED || !keys.some((k) => ANCHORS.has(k.slice(0, k.indexOf(':'))))) continue;
    if (Math.abs(days[i]! - days[j]!) > DAY_WINDOW) continue;
    let dot = 0;
    for (const [key, w] of vectors[i]!) dot += w * (vectors[j]!.get(key) ?? 0);
    if (dot >= SIMILAR) links.set(pair, dot);
  }
  return links;
}

/** Two articles dated to the day more than DAY_WINDOW days apart: for texts in two languages, whose named
 *  days story-features reads in English only, the only measure of time. Unknown (false) when either lacks a day. */
export function datesApart(a: Draft, b: Draft): boolean {
  if (a.date?.precision !== 'day' || b.date?.precision !== 'day') return false;
  return Math.abs(Date.parse(a.date.date) - Date.parse(b.date.date)) / 86_400_000 > DAY_WINDOW;
}

/** The language-free features of an article and their weight: each entity by canonical id, each number. */
export function eventFeatures(draft: Draft): Map<string, number> {
  const out = new Map<string, number>();
  for (const e of draft.entities) {
    if (e.type in KIND_WEIGHT) out.set(`${e.type}:${e.id}`, KIND_WEIGHT[e.type as Kind]);
  }
  const dayOfMonth = draft.date?.precision === 'day' ? Number(draft.date.date.slice(8)) : null;
  const text = [draft.title ?? '', ...draft.blocks.filter((b) => b.kind !== 'caption').map((b) => b.text)].join('\n');
  for (const m of text.matchAll(DIGITS)) {
    const value = asciiNumber(m[0]);
    // The year and the day of the date are the date, which the window already compares.
    if (/^(?:19|20)\d\d$/.test(value) || Number(value) === dayOfMonth) continue;
    out.set(`number:${value}`, KIND_WEIGHT.number);
  }
  return out;
}

/** "۲۴" → "24", "٢٬٥٠٠" → "2500", "2,500" → "2500": one number however its digits are written. */
export function asciiNumber(raw: string): string {
  const digits = raw.replace(/\p{Nd}/gu, digitValue);
  return digits.replace(/[,٬](?=\d{3}(?!\d))/g, '').replace(/٫/g, '.');
}

/** Zeros of the digits the languages read here write: ASCII, Arabic-Indic, Persian (Extended Arabic-Indic),
 *  Devanagari, Bengali, full-width. */
const ZEROS = [0x30, 0x660, 0x6f0, 0x966, 0x9e6, 0xff10];

/** The value of one decimal digit in any of those scripts (a digit of another script is kept as it is). */
function digitValue(d: string): string {
  const code = d.codePointAt(0)!;
  const zero = ZEROS.find((z) => code >= z && code <= z + 9);
  return zero === undefined ? d : String(code - zero);
}

function unit(v: Map<string, number>): Map<string, number> {
  let sum = 0;
  for (const x of v.values()) sum += x * x;
  const norm = Math.sqrt(sum) || 1;
  for (const [k, x] of v) v.set(k, x / norm);
  return v;
}
