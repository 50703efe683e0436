// Finds a scraped page's furniture by what its lines look like, where the cue lists of boilerplate.yaml
// cannot name them: every site words its prompts, credits and link lists its own way. A line is judged by
// features (words, the share of function words, sentence shape, quotation marks, separators, digits) and by
// where it stands: after the article's last paragraph of prose, whatever is not prose is the page's. Each
// removed line is recorded with the feature that removed it. An editor's Markdown is all article.
import type { Knowledge } from './load-knowledge.ts';
import { isDateLine, isProse, SENTENCE_END, wordCount, wrapWidth } from './line-kinds.ts';
import { CAPTION_WORDS, FILE_PHOTO, PERSON_SLASH_ORG, splitCaptionCredit } from './caption-credits.ts';
import { repeatsHeadline } from './read-header.ts';
import type { Draft, RemovedLine } from './types.ts';

interface Cues {
  functionWords: Set<string>;
  reader: Set<string>;
  /** Wire and picture agencies, lower case, longest first. */
  agencies: string[];
  /** Lower-case agency name or alias → the wire agency's name (picture agencies are not article agencies). */
  wire: Map<string, string>;
  /** Outlets' names and aliases, lower case. */
  outlets: Set<string>;
}

const cache = new WeakMap<Knowledge, Cues>();

function cues(knowledge: Knowledge): Cues {
  let c = cache.get(knowledge);
  if (!c) {
    const wire = new Map<string, string>();
    for (const a of knowledge.sources.agencies) for (const n of [a.name, ...a.aliases]) wire.set(n.toLowerCase(), a.name);
    const photo = knowledge.sources.photoAgencies.flatMap((a) => [a.name, ...a.aliases]).map((n) => n.toLowerCase());
    c = {
      functionWords: new Set(knowledge.language.functionWords.map((w) => w.toLowerCase())),
      reader: new Set(knowledge.language.readerAddress.map((w) => w.toLowerCase())),
      agencies: [...new Set([...wire.keys(), ...photo])].sort((a, b) => b.length - a.length),
      wire,
      outlets: new Set(knowledge.sources.outlets.flatMap((o) => [o.name, ...o.aliases]).map((n) => n.toLowerCase())),
    };
    cache.set(knowledge, c);
  }
  return c;
}

const WORDS = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
const words = (text: string): string[] => text.match(WORDS) ?? [];
/** The share of `ws` that are function words. */
const functionShare = (ws: string[], c: Cues): number => ws.filter((w) => c.functionWords.has(w.toLowerCase())).length / Math.max(1, ws.length);
const QUOTE_MARK = /["“”„«»]/u;
/** A short line that still reads as a sentence: capital first, a full stop, question or exclamation last. */
const SHORT_SENTENCE = /^["“‘(]?\p{Lu}.*[^.][.!?]["”’)]?$/u;

/** Running text that is not a full paragraph: a long line, or one dense in function words, or a quotation. */
function isNearProse(text: string, c: Cues): boolean {
  const ws = words(text);
  if (ws.length >= 15 || /^["“„«]/u.test(text)) return true;
  if (ws.length >= 8 && functionShare(ws, c) >= 0.3) return true;
  // "Talks resume next week." stays; "ISRAEL-HAMAS WAR?" in capitals is a banner, not a sentence.
  return ws.length >= 3 && SHORT_SENTENCE.test(text) && text !== text.toUpperCase() && !addressesReader(text, c);
}

function addressesReader(text: string, c: Cues): boolean {
  return !QUOTE_MARK.test(text) && wordCount(text) <= 20 && words(text).some((w) => c.reader.has(w.toLowerCase()));
}

/**
 * The text's last line stopping mid-sentence, as a page cut short does ("He said", "According to the", "We'll
 * know soon enough! The Apple l"): prose words or a sentence already ended inside it, not a label.
 */
function cutShort(text: string, c: Cues): boolean {
  if (/[:»›]$/u.test(text) || addressesReader(text, c)) return false;
  const ws = words(text);
  return (ws.length >= 2 && functionShare(ws, c) >= 0.3) || /\p{Ll}[.!?]\s+\p{Lu}/u.test(text);
}

/** Share of lowercase words that makes a long line without an end running text, not a list of names or tags. */
const RUNNING_LOWER = 0.3;
/** Characters a last line without an end must have to be a paragraph the page cut short. */
const TRUNCATED_CHARS = 100;

/**
 * The stored page stops inside its article: its last line is a sentence cut short ("… so they started l"),
 * or a long line of running text without an end ("Roger Federer finally beat … 6-3 S").
 */
function truncatedEnd(text: string, c: Cues): boolean {
  if (SENTENCE_END.test(text) || addressesReader(text, c)) return false;
  const ws = words(text);
  if (ws.length >= 8 && cutShort(text, c)) return true;
  // Long as a paragraph is, and not a labelled link ("Leia Também: AO MINUTO: Putin impõe lei marcial …").
  if (text.length < TRUNCATED_CHARS || /^[^:]{1,30}:\s/u.test(text)) return false;
  return ws.length >= 12 && ws.filter((w) => /^\p{Ll}/u.test(w)).length / ws.length >= RUNNING_LOWER;
}

/** A line that is an agency credit and nothing else: "Reuters", "— AFP-Relaxnews", "Xinhua/NAN", "(AP)". */
function agencyOnly(text: string, c: Cues): string | null | undefined {
  const parts = text.replace(/^[\s(—–-]+|[\s).]+$/gu, '').split(/\s*[/,]\s*|\s*[–—]\s*|-(?=\p{Lu})/u).filter(Boolean);
  if (parts.length === 0 || parts.length > 4 || parts.some((p) => wordCount(p) > 3)) return undefined;
  const known = parts.map((p) => c.wire.get(p.toLowerCase()));
  if (known.every((k) => k === undefined)) return undefined;
  // Unknown parts must look like agency names too: capitals or a capitalised word.
  if (!parts.every((p, i) => known[i] !== undefined || /^\p{Lu}[\p{L}.&-]*(?:\s\p{Lu}[\p{L}.&-]*)*$/u.test(p))) return undefined;
  return known.find((k) => k !== undefined) ?? null;
}

/** "AP Photo/Jane Doe", "Image: Reuters/John Roe", "General Staff via AP", "(Photo: X/AFP via Getty Images)". */
function isPhotoCredit(text: string, c: Cues): boolean {
  // A caption that ends with its credit ("Russian Su-34. /TASS via Getty Images") is a caption.
  // "(PHOTO CREDIT: Jane Doe/USA Today.)": a bracketed credit label, whatever closes it.
  if (/^\(\s*(?:photo(?:graph)?s?|images?|pictures?)?\s*credits?\s*[:：][^()]{2,60}\)$/iu.test(text) || /^\(\s*(?:photo(?:graph)?s?|images?)\s*[:：][^()]{2,60}\)$/iu.test(text)) return true;
  if (wordCount(text) > 16 || /[.!?]["”]?$/u.test(text.replace(/\)$/, '')) || /[.!?]\s/u.test(text)) return false;
  const labelled = /^\(?\s*(?:photo(?:graph)?s?|images?|pictures?|credits?|file photo|photo credit)\s*[:：]\s*(.*)$/iu.exec(text);
  // "Image: Reuters/John Roe" credits; "Image: The headquarters of the cartel in Vienna" is a caption.
  if (labelled) return wordCount(labelled[1]!) <= 5 || labelled[1]!.includes('/');
  const lower = text.toLowerCase().replace(/[()]/g, '');
  return c.agencies.some((a) => {
    const at = lower.indexOf(a);
    if (at < 0 || /[\p{L}\p{N}]/u.test(lower[at - 1] ?? '') || /[\p{L}\p{N}]/u.test(lower[at + a.length] ?? '')) return false;
    const before = lower.slice(0, at);
    const after = lower.slice(at + a.length);
    return /\bvia\s*$/u.test(before) || /^\s*(?:photo|images?)?\s*\/\s*\S/u.test(after) || /\/\s*$/u.test(before);
  });
}

/**
 * What the page itself prints: an image file name, a tracking code, a desk's initials ("pgh/llp/mem"), a
 * language switcher ("ua en ru"), a table rule ("---|"), a menu whose items ran together ("3 days popular7
 * days popular1 month popular").
 */
export function isPageCode(text: string): boolean {
  if (/\.(?:jpe?g|png|gif|webp|svg)$/iu.test(text) && wordCount(text) <= 8) return true;
  if (/^(?:[a-z]{2}(?:-[a-z]{2})?\s*[|/·•]?\s*){2,12}$/u.test(text) && !/[a-z]{3}/u.test(text)) return true;
  if (/^[\s|:+=_-]+$/u.test(text) && /[|]/u.test(text)) return true;
  // A stray letter or two of a logo or a close button ("X", "TT").
  if (/^\p{Lu}{1,2}$/u.test(text)) return true;
  if ((text.match(/\p{Ll}\d/gu)?.length ?? 0) >= 2 && !/[.!?]["”]?$/u.test(text)) return true;
  // Menu items that lost the spaces between them ("UC HomeAbout UCUC AcademicsUC Admissions"): a small letter
  // running into a capital three times or more, where names do so once ("McDonald", "iPhone").
  if ((text.match(/\p{Ll}\p{Lu}/gu)?.length ?? 0) >= 3 && !/[.!?]["”]?$/u.test(text)) return true;
  if (/^\/?[a-z]{2,4}(?:\/[a-zA-Z]{2,4})+\/?$/u.test(text) && /\p{Ll}/u.test(text)) return true;
  if (/\bpic\.twitter\.com\/\w+/u.test(text) && wordCount(text) <= 12) return true;
  return !/\s/u.test(text) && text.length >= 12 && /\p{L}/u.test(text) && /\d{3,}/u.test(text) && !/^https?:/u.test(text);
}

/** A picture credit on its own line: "David Higginbotham / NASA", "Jane Doe / Daily Star via Getty Images". */
const PHOTO_CREDIT_LINE = new RegExp(`^${PERSON_SLASH_ORG}$`, 'u');


/** The signature line of an embedded post: "— Jane Doe (@jdoe) September 23, 2022". */
const EMBED_SIGNATURE = /^[—–-]\s*.{1,60}\(@\w{1,30}\)\s+\S.{0,30}\d{4}$/u;

/** A headline credited to another outlet ("Iran Asked Russia for Jets - Report (Sputnik)"): a link, not text. */
function creditedHeadline(text: string, c: Cues): boolean {
  if (/[.!?]["”]?\s*(?:\(|[|–—-]\s)/u.test(text)) return false;
  // The bracketed credit first: in "… - Report (Sputnik)" the dash's tail is "Report (Sputnik)", not a name.
  const credit = /\(([^()]{2,40})\)$/u.exec(text) ?? /\s[|–—-]\s+([^|–—-]{2,40})$/u.exec(text);
  const name = credit?.[1]?.trim().toLowerCase();
  // Judged without its credit: a closing bracket reads as the end of a sentence.
  const headline = credit ? text.slice(0, credit.index).trim() : text;
  return name !== undefined && !isProse(headline) && wordCount(text) >= 5 && (c.wire.has(name) || c.outlets.has(name));
}

/**
 * A syndication credit standing alone: "From National Public Radio", "From Al Jazeera. Any opinions …". A
 * name in capitals, not "From Kyiv to Kharkiv" (a subheading). In code, not boilerplate.yaml: the editors'
 * patterns run on a linear-time matcher without lookaround, and the name must be read case-sensitively.
 */
const FROM_OUTLET = /^From\s+(?!.*\sto\s)(?:the\s+)?\p{Lu}[\p{L}\p{N}&'’.-]*(?:\s+(?:of\s+|and\s+|for\s+|the\s+)?\p{Lu}[\p{L}\p{N}&'’.-]*){0,4}(?:\.\s+Any opinions\b.*|\.)?$/u;

/** A link to a gallery or a video, labelled so in brackets: "Apple event invitations through the years (pictures)". */
const GALLERY_LINK = /^[^.!?]{5,120}\((?:pictures|photos|images|video|videos|gallery|slideshow)\)$/iu;

/** A feature of `text` that makes it furniture wherever it stands in the body, or null. */
function furnitureAnywhere(text: string, c: Cues): string | null {
  if (isPageCode(text)) return 'page-code';
  if (FROM_OUTLET.test(text)) return 'from-outlet';
  if (GALLERY_LINK.test(text)) return 'gallery-link';
  if (EMBED_SIGNATURE.test(text)) return 'embed';
  if (creditedHeadline(text, c)) return 'related-link';
  if (/\[(?:…|\.{3})\]$/u.test(text)) return 'teaser';
  if (/^(?:›|»|::|•|▶|►|→|>>)\s*\S/u.test(text) && !isProse(text)) return 'link-item';
  if (!isProse(text) && addressesReader(text, c)) return 'reader-address';
  if (isPhotoCredit(text, c) || PHOTO_CREDIT_LINE.test(text) || FILE_PHOTO.test(text)) return 'photo-credit';
  if (wordCount(text) <= 8 && isDateLine(text)) return 'date-line';
  return null;
}

/**
 * A line ending in a picture credit is a caption: it is marked so (the credit stays with it, as the eval
 * labels captions), and a line printed twice in a row (a picture's alt text over its caption) is taken once;
 * a caption that only repeats the headline is the page's.
 */
function splitCaptions(draft: Draft, c: Cues): void {
  const headline = draft.removed.find((r) => r.rule === 'headline')?.text;
  let previous = '';
  let kept: { text: string; line: number; caption?: boolean } = { text: '', line: 0 };
  draft.lines = draft.lines.filter((entry) => {
    if (entry.text === '') return true;
    if (entry.text === previous) {
      draft.removed.push({ text: entry.text, rule: 'repeat', line: entry.line });
      // Printed twice in a row, as a picture's alt text over its caption: the caption.
      if (wordCount(entry.text) <= CAPTION_WORDS) kept.caption = true;
      return false;
    }
    kept = entry;
    previous = entry.text;
    const split = splitCaptionCredit(entry.text, c.agencies);
    if (!split) return true;
    if (headline && repeatsHeadline(split.caption, headline)) {
      draft.removed.push({ text: entry.text, rule: 'headline-repeat', line: entry.line });
      return false;
    }
    entry.caption = true;
    return true;
  });
}

/** A link's label closing a line: "… monetary policy [FULL STORY]". */
const LINK_LABEL = /\s*\[\p{Lu}[\p{Lu} ]{2,20}\]$/u;

export function trimFurniture(draft: Draft, knowledge: Knowledge): void {
  if (draft.markdown !== undefined) return;
  const c = cues(knowledge);
  splitCaptions(draft, c);
  for (const entry of draft.lines) {
    const label = LINK_LABEL.exec(entry.text);
    if (label && label.index > 0) {
      draft.removed.push({ text: label[0].trim(), rule: 'link-label', line: entry.line });
      entry.text = entry.text.slice(0, label.index).trimEnd();
    }
  }
  const lines = draft.lines;
  const wrapped = wrapWidth(lines) !== null;
  const firstProse = lines.findIndex((l) => l.text !== '' && isProse(l.text));
  if (firstProse < 0) return;
  let lastLine = lines.length - 1;
  while (lastLine > 0 && lines[lastLine]!.text === '') lastLine--;
  // A page cut short mid-sentence ends in its article: what stands before that last line is inside it.
  const truncated = truncatedEnd(lines[lastLine]!.text, c);
  let lastProse = truncated ? lastLine : lines.length - 1;
  // A line ending in a colon introduces what follows it; when only furniture follows, it is the page's too
  // ("Press TV’s website can also be accessed at the following alternate addresses:").
  const proseAt = (i: number): boolean =>
    (truncated && i === lastLine) || (lines[i]!.text !== '' && isProse(lines[i]!.text) && !(i === lastProse && !truncated && /:$/u.test(lines[i]!.text)));
  while (lastProse > firstProse && !proseAt(lastProse)) lastProse--;
  const onlyProse = lines.filter((l) => l.text !== '' && isProse(l.text)).length === 1;
  const removed: RemovedLine[] = [];
  let tailRun = false;
  let above: { text: string; line: number; caption?: boolean } | null = null;
  const keep = lines.filter((entry, index) => {
    if (entry.text === '') return true;
    if (index < firstProse) {
      above = entry;
      return true;
    }
    const agency = agencyOnly(entry.text, c);
    let rule: string | null = agency !== undefined ? 'agency-credit' : furnitureAnywhere(entry.text, c);
    // A page that is one teaser of its article ("… “boats” […]") keeps it: it is all the text there is.
    if (rule === 'teaser' && onlyProse && isProse(entry.text)) rule = null;
    // In a hard-wrapped file a line continuing the sentence above is the paragraph's, short as it is.
    const continues = wrapped && index > 0 && lines[index - 1]!.text !== '' && !SENTENCE_END.test(lines[index - 1]!.text);
    // The last line may be a sentence the page cut short, unless it ends a run of furniture.
    const cut = index === lastLine && !tailRun && cutShort(entry.text, c);
    if (rule === null && index > lastProse && (!isNearProse(entry.text, c) || /:$/u.test(entry.text)) && !cut && !continues) rule = 'page-tail';
    tailRun = rule !== null && index > lastProse;
    // The line over a picture credit standing alone is the picture's caption.
    if (rule === 'photo-credit' && above && wordCount(above.text) <= CAPTION_WORDS && !/[.!?]["”]?\s+\p{Lu}/u.test(above.text)) above.caption = true;
    if (rule === null) {
      above = entry;
      return true;
    }
    if (agency) draft.agency ??= agency;
    removed.push({ text: entry.text, rule, line: entry.line });
    return false;
  });
  const last = [...keep].reverse().find((l) => l.text !== '');
  if (last) creditSuffix(draft, last, c, removed);
  draft.lines = keep;
  draft.removed.push(...removed);
}

/** A wire credit closing the last paragraph ("… announced in June. — AFP-Relaxnews"): taken off as the agency. */
function creditSuffix(draft: Draft, entry: { text: string; line: number }, c: Cues, removed: RemovedLine[]): void {
  // "… he added.—Reuters": the credit may follow the full stop without a space.
  const match = /(?<=[.!?"”)])\s*([—–]\s*\S[^—–]{0,40})$/u.exec(entry.text);
  if (!match) return;
  const agency = agencyOnly(match[1]!, c);
  if (agency === undefined) return;
  if (agency) draft.agency ??= agency;
  removed.push({ text: match[1]!.trim(), rule: 'agency-credit', line: entry.line });
  entry.text = entry.text.slice(0, match.index).trimEnd();
}
