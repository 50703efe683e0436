// The dateline that opens a wire story, as a grammar: a place (with its region), a date, the credit of the
// agency or outlet that filed it, and a separator, in the forms outlets use them: "DUBAI, Jan 9 (Reuters) - ",
// "KYIV, Ukraine (AP) — ", "MOSCOW, March 12. /TASS/. ", "Tehran – ", "Kyiv: ", "Tehran, March 11 : ",
// "CUPERTINO (dpa-AFX) - ", and a credit alone: "(CNN) ", "(UPI/GNA) – ". It is taken off the paragraph and
// kept as metadata: its place, its agency (or the outlet, when the credit names a known outlet).
import type { Knowledge } from './load-knowledge.ts';
import type { Outlet } from '../schema/knowledge.ts';
import { titleCase, wordCount } from './line-kinds.ts';
import type { Draft } from './types.ts';

const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?';
const WEEKDAY = '(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)[a-z]*\\.?';
const DAY_DATE = `(?:${WEEKDAY},?\\s+)?(?:${MONTH}\\s+\\d{1,2}|\\d{1,2}\\s+${MONTH}|${WEEKDAY})(?:,?\\s+\\d{4})?`;
const PLACE = "\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,2}";
/** What a credit in brackets holds: "Reuters", "dpa-AFX", "UPI/GNA", "AP-New York Times". */
const CREDIT = '\\p{L}[\\p{L}.&\\s/-]{0,30}?';
/** "Shafaq News/ Explosions were heard …": a slash before a space separates too. */
const SEPARATOR = '(?:--|[-–—]|\\s?:|/(?=\\s))';
// The bracketed credit may stand without a separator ("SINGAPORE (AP) Elina Svitolina …"): group 6 records
// whether one followed, for the check that the credit is a known agency or the place is in capitals.
const DATELINE = new RegExp(
  `^(${PLACE})(?:,\\s+(${PLACE}))?(?:,\\s+(${DAY_DATE}))?\\.?\\s*(?:\\((${CREDIT})\\)\\s*(--|[-–—:])?|/(${CREDIT})/\\.?|${SEPARATOR})\\s+(?=\\S)`,
  'u',
);
/** A credit alone before the text: "(CNN) The Iranian government …", "(UPI/GNA) – Russia is …". */
const CREDIT_ONLY = new RegExp(`^\\((${CREDIT})\\)\\s*(?:--|[-–—:])?\\s+(?=\\S)`, 'u');
/** How many paragraphs of prose from the top may open with a dateline (a standfirst may come first). */
const DATELINE_PARAGRAPHS = 2;

export function canonicalAgency(name: string, agencies: Outlet[]): string | null {
  const lower = name.toLowerCase().replace(/^the\s+/, '');
  return agencies.find((a) => [a.name, ...a.aliases].some((n) => n.toLowerCase().replace(/^the\s+/, '') === lower))?.name ?? null;
}

/** A credit's name as sources.yaml knows it: a wire agency first ("Reuters" is both), else an outlet. */
function knownCredit(name: string, knowledge: Knowledge): { agency: string | null; outlet: string | null } {
  const agency = canonicalAgency(name, knowledge.sources.agencies);
  return { agency, outlet: agency ? null : canonicalAgency(name, knowledge.sources.outlets) };
}

const mediaCache = new WeakMap<Knowledge, Set<string>>();

/** A name of two words or more whose head noun is an outlet's ("Islam Times", "Fox News"). */
export function headedByMediaWord(name: string, knowledge: Knowledge): boolean {
  let media = mediaCache.get(knowledge);
  if (!media) {
    media = new Set(knowledge.language.mediaWords.map((w) => w.toLowerCase()));
    mediaCache.set(knowledge, media);
  }
  const words = name.split(/\s+/);
  return words.length >= 2 && media.has(words[words.length - 1]!.toLowerCase());
}

/**
 * The agency of a credit: a known one, the first known part of "UPI/GNA", an acronym, or, when a dash
 * follows the brackets as it follows a filing credit, a name of capitalised words ("(HealthDay News) —").
 */
function agencyOf(credit: string, agencies: Outlet[], dash = false): string | null {
  // "dpa-AFX": a service's name in one piece, not two agencies.
  if (/^\p{Ll}{2,4}-\p{Lu}{2,4}$/u.test(credit)) return canonicalAgency(credit, agencies) ?? credit;
  const parts = credit.split(/\s*[/]\s*|-(?=\p{Lu})|\s+-\s+/u).map((p) => p.trim()).filter(Boolean);
  for (const name of [credit, ...parts]) {
    const known = canonicalAgency(name, agencies);
    if (known) return known;
  }
  const first = parts[0] ?? credit;
  if (/^\p{Lu}{2,6}$/u.test(first)) return first;
  return dash && /^\p{Lu}[\p{L}.&-]*(?:\s\p{Lu}[\p{L}.&-]*){0,2}$/u.test(credit) ? credit : null;
}

/**
 * A roundup's later item opens with its own dateline under its headline ("TULSA — An unarmed …", "RENO,
 * Nev. — …"): the place in capitals and a dash. Taken off the paragraph; the article's dateline stays the first.
 */
export function readItemDateline(draft: Draft, index: number): void {
  const entry = draft.lines[index]!;
  const match = DATELINE.exec(entry.text);
  if (!match || match[1] !== match[1]!.toUpperCase() || !/(?:--|[-–—])\s+$/u.test(match[0])) return;
  const rest = entry.text.slice(match[0].length);
  if (!/^["“‘(]?\p{Lu}/u.test(rest) || wordCount(rest) < 6) return;
  draft.removed.push({ text: match[0].trim(), rule: 'dateline', line: entry.line });
  draft.lines[index] = { text: rest, line: entry.line };
}

/** Reads the dateline off the first paragraphs of prose (`indexes`, in order); at most one is taken. */
export function readDateline(draft: Draft, indexes: number[], knowledge: Knowledge): void {
  for (const index of indexes.slice(0, DATELINE_PARAGRAPHS)) if (readOne(draft, index, knowledge)) return;
}

function readOne(draft: Draft, index: number, knowledge: Knowledge): boolean {
  const { agencies } = knowledge.sources;
  const entry = draft.lines[index]!;
  const credit = CREDIT_ONLY.exec(entry.text);
  const match = credit ? null : DATELINE.exec(entry.text);
  if (!credit && !match) return false;
  const place = match?.[1] ?? null;
  // "Damascus, SANA –": an agency where a second place would stand.
  const second = match?.[2] && canonicalAgency(match[2], agencies) ? match[2] : undefined;
  const creditText = (credit?.[1] ?? match?.[4] ?? match?.[6] ?? second)?.trim();
  // A wire agency that is an outlet too ("Reuters") files as the agency; a known outlet ("CNN") is the
  // source; an unknown acronym is taken for an agency.
  const known = creditText ? knownCredit(creditText, knowledge) : { agency: null, outlet: null };
  const outlet = known.outlet;
  const parts = creditText && !known.agency && !outlet ? creditParts(creditText, knowledge) : null;
  const agency = known.agency ?? parts?.agency ?? (creditText && !outlet ? agencyOf(creditText, agencies, dashed(credit, match)) : null);
  if (credit && !outlet && !agency && !parts?.outlet) return false;
  // A bracketed credit without a separator after it must be a known wire, or stand after a place in capitals.
  if (match?.[4] && match[5] === undefined && !known.agency && !parts?.agency && match[1] !== match[1]!.toUpperCase()) return false;
  const named = place === null || creditText ? null : creditInPlace(place, knowledge);
  if (named) return take(draft, index, (credit ?? match)![0], named.place, { agency: named.agency, outlet: named.outlet });
  if (place !== null) {
    // A capitalised word before a separator is a dateline only in capitals, with a credit or a date, or
    // when it is a plain place name (one or two capitalised words).
    const capitals = place === place.toUpperCase();
    if (!capitals && !agency && !outlet && !match?.[3] && !/^\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?$/u.test(place)) return false;
    // "Overview: The United States …" is a label; "Kyiv: …" a dateline: before a colon, only a place
    // content/entities/ knows stands for one.
    if (!capitals && !agency && !outlet && !match?.[3] && /:\s*$/u.test(match![0]) && !knownPlace(place, knowledge)) return false;
  }
  return take(draft, index, (credit ?? match)![0], place === null ? null : titleCase(place), { agency, outlet: outlet ?? parts?.outlet ?? null });
}

const placeCache = new WeakMap<Knowledge, Set<string>>();

function knownPlace(name: string, knowledge: Knowledge): boolean {
  let places = placeCache.get(knowledge);
  if (!places) {
    places = new Set(knowledge.entities.filter((e) => e.type === 'place').flatMap((e) => [e.name, ...e.aliases]).map((n) => n.toLowerCase()));
    placeCache.set(knowledge, places);
  }
  return places.has(name.toLowerCase());
}

/** Whether the bracketed credit is followed by a dash or colon, as a filing credit is ("(HealthDay News) —"). */
function dashed(credit: RegExpExecArray | null, match: RegExpExecArray | null): boolean {
  return credit ? /\)\s*(?:--|[-–—:])\s*$/u.test(credit[0]) : match?.[5] !== undefined;
}

/**
 * A credit of two names, the outlet that carries the text and the wire that filed it ("MENAFN- UkrinForm",
 * "UPI/GNA"): each part is looked up on its own; null when no part is known.
 */
function creditParts(credit: string, knowledge: Knowledge): { agency: string | null; outlet: string | null } | null {
  // A hyphen without spaces joins one name ("dpa-AFX", "AP-New York Times" is read by agencyOf).
  const parts = credit.split(/\s*\/\s*|-\s+|\s+-\s*/u).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2) return null;
  let agency: string | null = null;
  let outlet: string | null = null;
  for (const part of parts) {
    const known = knownCredit(part, knowledge);
    agency ??= known.agency;
    outlet ??= known.outlet;
  }
  return agency || outlet ? { agency, outlet } : null;
}

/**
 * A line that is a filing credit and nothing else, the agency or outlet then the place: "AFP, Tehran :",
 * "Press TV, Moscow". Null when the first name is no known agency or outlet.
 */
export function creditLine(text: string, knowledge: Knowledge): { agency: string | null; outlet: string | null; place: string } | null {
  const match = new RegExp(`^(\\p{Lu}[\\p{L}.&\\s-]{0,30}?),\\s+(${PLACE})\\s*(?:--|[-–—:])?$`, 'u').exec(text.trim());
  if (!match) return null;
  const known = knownCredit(match[1]!.trim(), knowledge);
  return known.agency || known.outlet ? { ...known, place: titleCase(match[2]!) } : null;
}

function take(draft: Draft, index: number, whole: string, place: string | null, credit: { agency: string | null; outlet: string | null }): boolean {
  const entry = draft.lines[index]!;
  const rest = entry.text.slice(whole.length);
  // The text goes on with a capital, or in a script without case (Arabic, Devanagari, Chinese).
  if (!/^["“‘(]?(?:\p{Lu}|\p{Lo})/u.test(rest) || wordCount(rest) < 6) return false;
  const text = whole.trim();
  draft.removed.push({ text, rule: 'dateline', line: entry.line });
  draft.dateline = { text, place, line: entry.line };
  if (credit.agency) draft.agency ??= credit.agency;
  if (credit.outlet) draft.source ??= credit.outlet;
  draft.lines[index] = { text: rest, line: entry.line };
  return true;
}

/**
 * A credit standing where the place is, without brackets: "Washington CNN —" (a place, then a known outlet
 * or agency), "Islam Times –" (a name whose head noun is an outlet's: Times, News, Press).
 */
function creditInPlace(place: string, knowledge: Knowledge): { place: string | null; agency: string | null; outlet: string | null } | null {
  const words = place.split(/\s+/);
  for (let cut = 0; cut < words.length; cut++) {
    const { agency, outlet } = knownCredit(words.slice(cut).join(' '), knowledge);
    if (agency || outlet) return { place: cut === 0 ? null : titleCase(words.slice(0, cut).join(' ')), agency, outlet };
  }
  if (headedByMediaWord(place, knowledge)) return { place: null, agency: null, outlet: place };
  // A masthead run into its section by a lost space ("Iran PressAmerica:"): the outlet is what comes before.
  const glued = /^(.*?\p{Ll})(\p{Lu}\p{Ll}.*)$/u.exec(place);
  if (glued && headedByMediaWord(glued[1]!, knowledge)) return { place: null, agency: null, outlet: glued[1]! };
  return null;
}

/** The outlet a byline names after its author ("By Jane Doe | Fox News", "Jane Doe, Kyiv Post"), or null. */
export function outletAfterByline(text: string, knowledge: Knowledge): { agency: string | null; outlet: string | null } | null {
  const parts = text.split(/\s+[|•·/]\s+|,\s*/u).slice(1).map((p) => p.trim());
  for (const part of parts) {
    const known = knownCredit(part, knowledge);
    if (known.agency || known.outlet) return known;
    const words = part.split(/\s+/);
    if (words.length <= 4 && words.every((w) => /^\p{Lu}/u.test(w)) && headedByMediaWord(part, knowledge)) return { agency: null, outlet: part };
  }
  return null;
}
