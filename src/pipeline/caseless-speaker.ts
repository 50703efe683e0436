// The speaker of a quotation in a script without capital letters (Arabic, Persian, Hebrew, Hindi…), where the
// attribution rules cannot tell a name from the words around it by its capitals: the known person the
// quotation's own sentence names outside the quotation, nearest to it, when that sentence carries one of the
// speech verbs of the language data ("قال الرئيس الروسي فلاديمير بوتين: «…»", "پوتین … گفت: «…»", "«…»، قال
// بوتين"). Word order does not matter, which suits verb-first Arabic and verb-last Persian alike; a sentence
// naming no known person, or with no speech verb, gives nobody.
import { sentenceEnd, sentenceStart, type Context } from './attribution-context.ts';
import type { QuoteRange } from './quote-marks.ts';
import type { Speaker } from './speakers.ts';
import type { Draft } from './types.ts';

/** Whether most letters of a text belong to scripts without case. */
export function caseless(text: string): boolean {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  const cased = text.match(/[\p{Lu}\p{Ll}\p{Lt}]/gu)?.length ?? 0;
  return letters > 0 && cased * 2 < letters;
}

export function caselessSpeaker(ctx: Context, quote: QuoteRange, draft: Draft): Speaker | null {
  const from = sentenceStart(ctx, quote.start);
  const to = sentenceEnd(ctx, quote.end - 1);
  const inQuote = (at: number): boolean => ctx.quotes.some((q) => at >= q.start && at < q.end);
  const verb = ctx.tokens.some((t) => t.start >= from && t.start < to && !inQuote(t.start) && ctx.cues.speechVerbs.has(t.text));
  if (!verb) return null;
  const distance = (at: number): number => (at < quote.start ? quote.start - at : at - quote.end);
  const person = ctx.mentions
    .filter((m) => m.start >= from && m.start < to && !inQuote(m.start) && ctx.people.has(m.id))
    .sort((a, b) => distance(a.start) - distance(b.start) || a.start - b.start)[0];
  const entity = person && draft.entities.find((e) => e.id === person.id);
  return entity ? { name: entity.name, id: entity.id } : null;
}
