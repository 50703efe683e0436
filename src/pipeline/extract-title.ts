// The article's title: the editor's front-matter title; else the headline the page carried above the text;
// else the lead sentence, cut at a clause boundary to at most 120 characters so that it still reads as a
// clause (never ending on "the", "of", "warned"), without trailing punctuation.
import { splitSentences } from './split-sentences.ts';
import type { Draft } from './types.ts';

export const MAX_TITLE = 120;
const MIN_CUT = 40;

/** Words a title must not end on: articles, prepositions, conjunctions, auxiliaries, reporting verbs. */
const DANGLING = new Set(
  'a an the of to in on at by for from with and or but as that which who whom whose its their his her our this these those is are was were be been being has have had will would could should may might can must said says told warned reportedly not than into over about between'.split(
    ' ',
  ),
);
const PARTICIPLES = new Set('made built sold given taken seen known held sent paid led run shot brought bought caught fought'.split(' '));
/** Where a clause may be cut: punctuation, or before a word that opens a new phrase. */
const BOUNDARY = /[,;:](?=\s)|\s[—–-]\s|\s(?=(?:saying|as|after|while|amid|which|who|when|because|between|in|on|at|to|for|from|with|over|during|despite|since|following|ahead|according|without|within|under|near|across|by)\s)/gu;

export function extractTitle(draft: Draft): void {
  if (draft.editor.title) {
    draft.title = draft.editor.title;
    return;
  }
  const headline = draft.removed.find((r) => r.rule === 'headline');
  if (headline) {
    // A headline keeps its question or exclamation mark; a lead cut into a title keeps no punctuation.
    const mark = /[?!]$/.test(headline.text) && headline.text.length <= MAX_TITLE ? headline.text.slice(-1) : '';
    draft.title = titleFrom(headline.text) + mark;
    return;
  }
  const lead = draft.blocks.find((b) => b.kind === 'paragraph') ?? draft.blocks[0];
  const sentence = lead ? (splitSentences(lead.text)[0]?.text ?? lead.text) : '';
  draft.title = sentence ? titleFrom(sentence) : untitled(draft.sourceFile);
}

export function titleFrom(sentence: string): string {
  let title = tidy(sentence);
  if (title.length > MAX_TITLE) title = tidy(clauseCut(title) ?? wordCut(title));
  return title.slice(0, MAX_TITLE).trim() || 'Untitled';
}

/**
 * The best prefix of at most MAX_TITLE characters that ends at a boundary and does not dangle: the longest,
 * with a cut at punctuation worth some extra length (it ends a clause, a cut before a word may not).
 */
function clauseCut(text: string): string | null {
  let best: { text: string; score: number } | null = null;
  for (const m of text.matchAll(BOUNDARY)) {
    if (m.index > MAX_TITLE) break;
    if (m.index < MIN_CUT) continue;
    const candidate = text.slice(0, m.index);
    const next = /^\W*([\p{L}'’-]+)/u.exec(text.slice(m.index))?.[1]?.toLowerCase() ?? '';
    const score = candidate.length + (/^[,;:]/.test(m[0]) ? 25 : 0);
    if (!dangles(candidate, next) && balanced(candidate) && (!best || score >= best.score)) best = { text: candidate, score };
  }
  return best?.text ?? null;
}

/** Ends on a word that needs what follows: "the", "warned", "made (by)", ", killing", "of supplying". */
function dangles(text: string, next: string): boolean {
  const words = text.toLowerCase().match(/[\p{L}'’-]+|,/gu) ?? [];
  const last = words[words.length - 1] ?? '';
  const before = words[words.length - 2] ?? '';
  if (DANGLING.has(last)) return true;
  if (next === 'by' && (/ed$/.test(last) || PARTICIPLES.has(last))) return true;
  return /ing$/.test(last) && (before === ',' || DANGLING.has(before));
}

function balanced(text: string): boolean {
  const open = (text.match(/“/g)?.length ?? 0) + ((text.match(/"/g)?.length ?? 0) % 2) + (text.match(/\(/g)?.length ?? 0);
  const close = (text.match(/”/g)?.length ?? 0) + (text.match(/\)/g)?.length ?? 0);
  return open === close;
}

function wordCut(text: string): string {
  const words = text.slice(0, MAX_TITLE + 1).split(' ');
  let next = words.pop() ?? '';
  while (words.length > 3 && dangles(words.join(' '), next.toLowerCase())) next = words.pop()!;
  return words.join(' ');
}

function tidy(title: string): string {
  let t = title.replace(/\s+/g, ' ').trim().replace(/[\s,;:.!?…—–-]+$/u, '');
  // Balance a quotation mark the cut left open.
  if ((t.match(/“/g)?.length ?? 0) > (t.match(/”/g)?.length ?? 0)) t = t.replace(/“(?!.*“)/u, '');
  if ((t.match(/"/g)?.length ?? 0) % 2 === 1) t = t.replace(/"(?!.*")/u, '');
  return t;
}

function untitled(sourceFile: string): string {
  const base = sourceFile.split('/').pop() ?? sourceFile;
  return `Untitled (${base})`.slice(0, MAX_TITLE);
}
