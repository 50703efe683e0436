// Scores ingested articles against hand-written labels (eval/<split>/<case>.yaml beside <case>.txt). The
// labels are read off the raw texts by a person, never copied from the pipeline's output; see eval/README.md.
import { z } from 'astro/zod';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { mdxjs } from 'micromark-extension-mdxjs';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { parse } from 'yaml';
import type { ArticleFrontMatter } from '../src/schema/article.ts';

export const labelSchema = z
  .object({
    date: z.string().nullable(),
    datePrecision: z.enum(['day', 'month', 'year']).optional(),
    source: z.string().nullable(),
    author: z.string().nullable(),
    agency: z.string().nullable(),
    topics: z.array(z.string()),
    /** Names as written in full; "A|B" accepts either. */
    entities: z.array(z.string()),
    /** Each direct quotation of five words or more, by its first words, with who said it ("A|B" accepts either). */
    quotes: z.array(z.object({ start: z.string(), speaker: z.string() })),
    /** Lines (or line prefixes such as a dateline) that are not part of the article. */
    boilerplate: z.array(z.string()),
    /** The article's own headline when the text carries one: neither boilerplate nor a body sentence. */
    headline: z.string().optional(),
    captions: z.array(z.string()).default([]),
    /** BCP 47 language of the text. */
    lang: z.string().optional(),
    /** A key shared by the texts that report the same event (across outlets and languages). */
    story: z.string().optional(),
  })
  .strict();

export type Label = z.infer<typeof labelSchema>;

export interface Output {
  data: ArticleFrontMatter;
  /** Body text, one block per line. */
  body: string;
  captions: string[];
}

export function readOutput(mdx: string): Output {
  const end = mdx.indexOf('\n---\n', 4);
  const data = parse(mdx.slice(4, end)) as ArticleFrontMatter;
  const tree = fromMarkdown(mdx.slice(end + 5), { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] });
  const blocks: string[] = [];
  const captions: string[] = [];
  visit(tree, (node) => {
    if (node.type === 'paragraph') blocks.push(toString(node));
    if (node.type === 'mdxJsxFlowElement' && (node as { name?: string }).name === 'Caption') captions.push(toString(node));
  });
  return { data, body: blocks.join('\n'), captions };
}

export interface Tally {
  hit: number;
  total: number;
}

export interface CaseScore {
  name: string;
  topics: { tp: number; fp: number; fn: number; got: string[]; want: string[] };
  entities: Tally & { missed: string[] };
  speakers: Tally & { wrong: string[] };
  /** Quotations the pipeline reported that no label names (scare quotes taken for quotes, and the like). */
  extraQuotes: string[];
  boilerplate: Tally & { left: string[] };
  sentences: Tally & { lost: string[] };
  captions: Tally;
  date: { exact: boolean; invented: boolean; got: string | null; want: string | null };
  credits: { source: boolean; author: boolean; agency: boolean };
  /** Which credits are in play: labelled, or given by the pipeline (both empty is no evidence either way). */
  creditsInPlay: { source: boolean; author: boolean; agency: boolean };
  /** What the pipeline gave and what the label wants, for the verbose listing. */
  creditValues: Record<'source' | 'author' | 'agency', { got: string | null; want: string | null }>;
  title: boolean | null;
  gotTitle: string;
  /** Entities found that name nothing the label names, nor a part of it ("Kirby" for "John Kirby"). */
  junk: Tally & { names: string[] };
  lang: { want: string | null; got: string | null };
  /** The event key of the label and the story id the pipeline gave, for scoring pairs across cases. */
  story: { want: string | null; got: string };
}

export function scoreCase(name: string, raw: string, label: Label, out: Output): CaseScore {
  const body = squash(out.body);
  const data = out.data;

  const want = new Set(label.topics);
  const got = new Set(data.topics);
  const tp = [...got].filter((t) => want.has(t)).length;

  const missed = label.entities.filter((e) => !alternatives(e).some((alt) => data.entities.some((x) => sameName(alt, x.name) || x.id === slug(alt))));

  const wrong: string[] = [];
  const matched = new Set<number>();
  for (const q of label.quotes) {
    const start = squash(q.start).toLowerCase();
    const index = data.quotes.findIndex((x) => squash(x.text).toLowerCase().startsWith(start) || squash(x.text).toLowerCase().includes(start));
    if (index >= 0) matched.add(index);
    const found = data.quotes[index];
    const ok = found !== undefined && alternatives(q.speaker).some((s) => sameSpeaker(s, found.speaker, found.speakerId));
    if (!ok) wrong.push(`${q.start} → ${found ? (found.speaker ?? 'nobody') : 'not found'} (want ${q.speaker})`);
  }
  const extraQuotes = data.quotes.filter((_, i) => !matched.has(i)).map((q) => q.text);

  const left = label.boilerplate.filter((line) => body.includes(squash(line)));

  const bodyLines = withoutLabelled(raw, label);
  const sentences = bodyLines.flatMap(sentencesOf);
  const lost = sentences.filter((s) => !body.includes(squash(s)) && !squash(out.captions.join('\n')).includes(squash(s)));

  const capturedCaptions = label.captions.filter((c) => out.captions.some((x) => squash(x).includes(squash(c))));

  const wantDate = label.date === null ? null : `${label.date}/${label.datePrecision ?? 'day'}`;
  const gotDate = data.date === null ? null : `${data.date}/${data.datePrecision}`;

  return {
    name,
    topics: { tp, fp: got.size - tp, fn: want.size - tp, got: [...got], want: [...want] },
    entities: { hit: label.entities.length - missed.length, total: label.entities.length, missed },
    speakers: { hit: label.quotes.length - wrong.length, total: label.quotes.length, wrong },
    extraQuotes,
    boilerplate: { hit: label.boilerplate.length - left.length, total: label.boilerplate.length, left },
    sentences: { hit: sentences.length - lost.length, total: sentences.length, lost },
    captions: { hit: capturedCaptions.length, total: label.captions.length },
    date: { exact: wantDate === gotDate, invented: gotDate !== null && wantDate !== gotDate, got: gotDate, want: wantDate },
    credits: {
      source: alternatives(label.source ?? '').concat(label.source ? [] : ['']).some((s) => sameName(s, data.source ?? '')),
      // Several bylined authors are scored by the first.
      author: alternatives(label.author ?? '').concat(label.author ? [] : ['']).some((a) => sameName(a, (data.author ?? '').split(/\s+and\s+|,\s*/)[0]!)),
      agency: alternatives(label.agency ?? '').concat(label.agency ? [] : ['']).some((s) => sameName(s, data.agency ?? '')),
    },
    creditsInPlay: { source: label.source !== null || data.source !== null, author: label.author !== null || data.author !== null, agency: label.agency !== null || data.agency !== null },
    creditValues: {
      source: { got: data.source, want: label.source },
      author: { got: data.author, want: label.author },
      agency: { got: data.agency, want: label.agency },
    },
    title: label.headline === undefined ? null : squash(label.headline) === squash(data.title),
    gotTitle: data.title,
    junk: junkEntities(label, data.entities.map((e) => e.name)),
    lang: { want: label.lang ?? null, got: (data as { lang?: string }).lang ?? null },
    story: { want: label.story ?? null, got: data.story },
  };
}

function junkEntities(label: Label, found: string[]): Tally & { names: string[] } {
  const wanted = label.entities.flatMap(alternatives).map((n) => normal(n).split(' '));
  const partOf = (name: string): boolean => {
    const words = normal(name).split(' ');
    return wanted.some((w) => words.every((x) => w.includes(x)) || w.every((x) => words.includes(x)));
  };
  const names = found.filter((n) => !partOf(n));
  return { hit: found.length - names.length, total: found.length, names };
}

export interface StoryPairs {
  /** Pairs of cases the labels put in one event, and how many of them share a story id. */
  same: Tally;
  /** Pairs of cases the labels keep apart that were given one story id anyway. */
  falseMerges: string[];
}

/** Scores story ids over every pair of cases: the labels' event keys are the truth. */
export function storyPairs(cases: CaseScore[]): StoryPairs {
  const same: Tally = { hit: 0, total: 0 };
  const falseMerges: string[] = [];
  for (let i = 0; i < cases.length; i++) {
    for (let j = i + 1; j < cases.length; j++) {
      const a = cases[i]!;
      const b = cases[j]!;
      const together = a.story.want !== null && a.story.want === b.story.want;
      const merged = a.story.got === b.story.got;
      if (together) {
        same.total++;
        if (merged) same.hit++;
      } else if (merged) falseMerges.push(`${a.name} + ${b.name} (${a.story.got})`);
    }
  }
  return { same, falseMerges };
}

export interface Summary {
  articles: number;
  topicF1: number;
  entityRecall: number;
  quoteSpeakers: number;
  extraQuotes: number;
  boilerplateRemoved: number;
  sentencesKept: number;
  captionsMarked: number;
  datesExact: number;
  inventedDates: number;
  sources: number;
  authors: number;
  agencies: number;
  headlinesAsTitle: number;
  /** Outlet, author and agency together, each where the label or the pipeline gives one. */
  credits: number;
  junkEntities: number;
  langRight: number;
  storyPairsLinked: number;
  storyFalseMerges: number;
}

export function summarise(cases: CaseScore[]): Summary {
  const orNaN = (hit: number, total: number): number => (total === 0 ? Number.NaN : hit / total);
  const sum = (f: (c: CaseScore) => number): number => cases.reduce((a, c) => a + f(c), 0);
  const ratio = (hit: number, total: number): number => (total === 0 ? 1 : hit / total);
  const tp = sum((c) => c.topics.tp);
  const fp = sum((c) => c.topics.fp);
  const fn = sum((c) => c.topics.fn);
  const headlines = cases.filter((c) => c.title !== null);
  const pairs = storyPairs(cases);
  // Credits are scored where the label or the pipeline gives one: two empty fields say nothing.
  const KINDS = ['source', 'author', 'agency'] as const;
  const credit = (k: (typeof KINDS)[number]): number => ratio(cases.filter((c) => c.creditsInPlay[k] && c.credits[k]).length, cases.filter((c) => c.creditsInPlay[k]).length);
  return {
    articles: cases.length,
    topicF1: tp + fp + fn === 0 ? 1 : (2 * tp) / (2 * tp + fp + fn),
    entityRecall: ratio(sum((c) => c.entities.hit), sum((c) => c.entities.total)),
    quoteSpeakers: ratio(sum((c) => c.speakers.hit), sum((c) => c.speakers.total)),
    extraQuotes: sum((c) => c.extraQuotes.length),
    boilerplateRemoved: ratio(sum((c) => c.boilerplate.hit), sum((c) => c.boilerplate.total)),
    sentencesKept: ratio(sum((c) => c.sentences.hit), sum((c) => c.sentences.total)),
    captionsMarked: ratio(sum((c) => c.captions.hit), sum((c) => c.captions.total)),
    datesExact: ratio(cases.filter((c) => c.date.exact).length, cases.length),
    inventedDates: cases.filter((c) => c.date.invented).length,
    sources: credit('source'),
    authors: credit('author'),
    agencies: credit('agency'),
    headlinesAsTitle: ratio(headlines.filter((c) => c.title).length, headlines.length),
    credits: ratio(sum((c) => KINDS.filter((k) => c.creditsInPlay[k] && c.credits[k]).length), sum((c) => KINDS.filter((k) => c.creditsInPlay[k]).length)),
    junkEntities: 1 - ratio(sum((c) => c.junk.hit), sum((c) => c.junk.total)),
    // Not a number when nothing is labelled for it: no language, or no event shared by two texts.
    langRight: orNaN(cases.filter((c) => c.lang.want !== null && c.lang.want === c.lang.got).length, cases.filter((c) => c.lang.want !== null).length),
    storyPairsLinked: orNaN(pairs.same.hit, pairs.same.total),
    storyFalseMerges: pairs.falseMerges.length,
  };
}

/** The raw text without labelled boilerplate, headline and captions, as paragraphs (hard wraps joined). */
function withoutLabelled(raw: string, label: Label): string[] {
  // Longest first: a label that is part of another ("Persian News" in "All Persian News Related to Iran") must
  // not cut the longer one apart.
  const cut = [...label.boilerplate, ...label.captions, ...(label.headline ? [label.headline] : [])].map(squash).sort((a, b) => b.length - a.length);
  return raw
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n|\n(?=\S)/)
    .map(squash)
    .map((p) => {
      let text = p;
      // A label cuts whole words only: "X", a close button, is not cut out of "Xbox".
      for (const c of cut) if (c) text = text.replace(new RegExp(`(?<![\\p{L}\\p{N}])${c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u'), ' ');
      return squash(text);
    })
    .filter((p) => p !== '');
}

/** Sentences by a plain rule (end punctuation, optional closing quote, space, capital), for counting only. */
function sentencesOf(paragraph: string): string[] {
  return paragraph.split(/(?<=[.!?]["”’)]?)\s+(?=["“‘(]?[\p{Lu}\d])/u).map(squash).filter((s) => s.length > 0);
}

function alternatives(text: string): string[] {
  return text.split('|').map((s) => s.trim()).filter(Boolean);
}

function sameSpeaker(want: string, speaker: string | null, speakerId: string | undefined): boolean {
  if (speaker === null) return false;
  if (speakerId && speakerId === slug(want)) return true;
  const a = normal(want).replace(/^(?:a|an|the|one) /, '');
  const b = normal(speaker).replace(/^(?:a|an|the|one) /, '');
  return a === b || aliases(a, b) || aliases(b, a);
}

/**
 * A reader takes a shorter name for the longer one when each of its words stands for one of the longer's and
 * it keeps the longer's head: "Babaei" for "Mojtaba Babaei", "Russia's defence ministry" for "Russian Defense
 * Ministry", "the coach" for "a fiery coach"; but "Iran" is not "Iran's mission to the UN" (head "mission").
 */
function aliases(short: string, long: string): boolean {
  const s = short.split(' ').map(stem);
  const l = long.split(' ').map(stem);
  if (s.length > l.length) return false;
  const of = l.findIndex((w, i) => i > 0 && /^(?:of|to|at|for|in|from)$/.test(w));
  const head = l[of > 0 ? of - 1 : l.length - 1]!;
  const same = (x: string, y: string): boolean => x === y || demonym(x, y) || demonym(y, x);
  return s.some((w) => same(w, head)) && s.every((w) => l.some((x) => same(w, x)));
}

/** "Russian" for "Russia", "Iranian" for "Iran": a place and its adjective. */
function demonym(adjective: string, place: string): boolean {
  return place.length >= 4 && adjective.startsWith(place) && /^(?:n|an|ian|ese|i|ish)$/.test(adjective.slice(place.length));
}

/** Spelling and inflection that do not change who is meant: possessives, British and American "-ce"/"-se". */
function stem(word: string): string {
  return word.replace(/'s$/, '').replace(/ence$/, 'ense');
}

export function sameName(a: string, b: string): boolean {
  return normal(a) === normal(b);
}

function normal(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/[^\p{L}\p{N}' ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function slug(text: string): string {
  return normal(text).replace(/'/g, '').replace(/ /g, '-');
}

export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
