// What attribution reads a block with: its tokens, quotations, sentence ends and entity mentions, and the
// offset arithmetic over them (sentence bounds, inside a quotation or not).
import type { Cues } from './language.ts';
import type { QuoteRange } from './quote-marks.ts';
import type { Token } from './tokens.ts';
import type { EntitySpan } from './types.ts';

export interface Context {
  text: string;
  tokens: Token[];
  quotes: QuoteRange[];
  /** Sentence end offsets (see sentenceEnds). */
  ends: number[];
  /** Entity mentions of the block. */
  mentions: EntitySpan[];
  /** Ids of the article's people. */
  people: Set<string>;
  /** Ids of the article's weapon systems. */
  systems: Set<string>;
  /** Start offsets of the tokens, for binary search. */
  starts: number[];
  cues: Cues;
  /** The article is not in English: the English phrase rules (determiners, "-ly" adverbs) do not apply. */
  foreign?: boolean;
}

export function isPerson(ctx: Context, m: EntitySpan): boolean {
  return ctx.people.has(m.id);
}

export function lastTokenOf(ctx: Context, m: EntitySpan): number {
  let i = ctx.tokens.findIndex((t) => t.start >= m.start);
  while (i + 1 < ctx.tokens.length && ctx.tokens[i + 1]!.end <= m.end) i++;
  return i;
}

export function firstInZone(ctx: Context, zoneStart: number): number {
  const i = lastAtOrBefore(ctx.starts, zoneStart - 1) + 1;
  return i < ctx.tokens.length ? i : -1;
}

export function insideQuote(ctx: Context, offset: number): boolean {
  // Quotations are sorted and never overlap: the last one starting at or before the offset decides.
  const i = lastAtOrBefore(ctx.quotes.map((q) => q.start), offset);
  return i >= 0 && offset < ctx.quotes[i]!.end;
}

export function sentenceStart(ctx: Context, offset: number): number {
  const i = lastAtOrBefore(ctx.ends, offset);
  return i >= 0 ? ctx.ends[i]! : 0;
}

export function sentenceEnd(ctx: Context, offset: number): number {
  const i = lastAtOrBefore(ctx.ends, offset);
  return ctx.ends[i + 1] ?? ctx.text.length;
}

/** Index of the last sorted value ≤ x, or -1. */
export function lastAtOrBefore(sorted: number[], x: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! <= x) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

export function lastQuoteEndBefore(ctx: Context, offset: number): number {
  let end = 0;
  for (const q of ctx.quotes) if (q.end <= offset) end = Math.max(end, q.end);
  return end;
}
