// Direct quotations: text in curly or straight double quotes of five words or more, or a whole sentence of
// its own; one to four words inside a sentence are scare quotes ("burgeoning", "advisers"). The speaker
// comes from the attribution in the quotation's own sentence, after it ("…,” Kirby said", "…,” said X",
// "…,” the official said") or before it ("X said, “…”", "X said that Russia provides “…”"), resolved to a
// full name: a surname to the person met earlier, "he" or "she" to the last person who spoke, "the
// official" to the official introduced earlier ("an unnamed senior Biden administration official"). A
// quotation with no attribution of its own continues the one before it ("“…,” Kirby said. “…”"). Outlets
// are not speakers ("…,” Bloomberg reported").
import type { Knowledge } from './load-knowledge.ts';
import { cues } from './language.ts';
import { actsOf, sentenceEnd, sentenceStart, type Act, type Context } from './attribution.ts';
import { Speakers, type Speaker } from './speakers.ts';
import { caseless, caselessSpeaker } from './caseless-speaker.ts';
import { quoteRanges, sentenceEnds, wordsIn, type QuoteRange } from './quote-marks.ts';
import { tokensOf } from './tokens.ts';
import type { Block, Draft, EntitySpan } from './types.ts';

const MIN_WORDS = 5;

export function findQuotes(draft: Draft, knowledge: Knowledge): void {
  const c = cues(knowledge);
  const speakers = new Speakers(draft, knowledge);
  let previous: { speaker: Speaker; block: number } | null = null;
  // Per quotation: left open at its paragraph's end with no attribution of its own, or opening its paragraph
  // with one (a continuation), for the pass below.
  const shape: Array<{ openEnded: boolean; inherited: boolean; opensBlock: boolean; framed: boolean }> = [];

  draft.blocks.forEach((block, index) => {
    const ctx = contextOf(block, draft, knowledge);
    const acts = actsOf(ctx, c.speechVerbs, true);
    const resolved = new Map<Act, Speaker>();
    // Acts in reading order, so that "he" means whoever spoke last before it.
    for (const act of acts) resolved.set(act, speakers.resolve(act.subject, index, act.at));

    for (const quote of ctx.quotes) {
      if (!isQuotation(block.text, quote)) {
        // "“I’m still shaking,” Wozniacki said. “I was up 5-0 …”": a short quotation still names who goes on.
        const short = frameOf(ctx, quote, acts, resolved);
        if (short && resolved.get(short)!.name) previous = { speaker: resolved.get(short)!, block: index };
        continue;
      }
      const act = frameOf(ctx, quote, acts, resolved);
      let speaker: Speaker = act ? resolved.get(act)! : { name: null };
      // Without capitals the attribution rules find no name: the known person of the sentence speaks.
      if (!speaker.name && ctx.foreign && caseless(block.text)) speaker = caselessSpeaker(ctx, quote, draft) ?? speaker;
      if (act === undefined && !speaker.name && previous && index - previous.block <= 1) speaker = previous.speaker;
      draft.quotes.push({ speaker: speaker.name, ...(speaker.id ? { speakerId: speaker.id } : {}), text: quote.inner, paragraph: index + 1 });
      const openEnded = quote.end === block.text.length && !/[”"»’'“]$/u.test(block.text);
      shape.push({ openEnded, inherited: act === undefined, opensBlock: /^\s*$/.test(block.text.slice(0, quote.start)), framed: !!act && !!speaker.name });
      block.spans.push({ kind: 'quote', start: quote.start, end: quote.end, quote: draft.quotes.length - 1 });
      if (speaker.name) speakers.spoke(speaker, index);
      previous = { speaker, block: index };
    }
    block.spans.sort((a, b) => a.start - b.start || b.end - a.end);
  });
  // A quotation running on over paragraphs is attributed where it ends ("“Now … territory. / Again, … facts,”
  // said Yermakov."): an open paragraph with no attribution takes the speaker of the continuation after it.
  for (let i = draft.quotes.length - 2; i >= 0; i--) {
    const here = shape[i]!;
    const next = shape[i + 1]!;
    const q = draft.quotes[i]!;
    const n = draft.quotes[i + 1]!;
    if (!here.openEnded || !here.inherited || !next.opensBlock || n.paragraph !== (q.paragraph ?? 0) + 1 || !n.speaker) continue;
    if (!next.framed && !(next.inherited && next.openEnded)) continue;
    // Not when the paragraph already gave it a speaker ("“…,” Kirby said. “And more…"): that one holds.
    if (q.speaker && i > 0 && draft.quotes[i - 1]!.paragraph === q.paragraph) continue;
    q.speaker = n.speaker;
    if (n.speakerId) q.speakerId = n.speakerId;
    else delete q.speakerId;
    here.framed = next.framed;
    here.inherited = next.inherited;
  }
}

/**
 * The attribution of a quotation: the first speech verb after it in the sentence where it closes whose
 * subject is no outlet ("…,” Bloomberg reported, quoting a diplomat"), else the last one before it in the
 * sentence where it opens, else an outlet's own. A sentence with attributions but no usable one gives nobody (null), and a
 * quotation in a sentence with none continues the quotation before it (undefined).
 */
function frameOf(ctx: Context, quote: QuoteRange, acts: Act[], resolved: Map<Act, Speaker>): Act | null | undefined {
  const closes = sentenceEnd(ctx, quote.end - 1);
  const opens = sentenceStart(ctx, quote.start);
  const after = acts.filter((a) => a.at >= quote.end && a.at < closes && !ctx.quotes.some((q) => q.start >= quote.end && q.start < a.at));
  const before = acts.filter((a) => a.at < quote.start && a.at >= opens).reverse();
  const usable = (a: Act): boolean => a.subject !== null && !resolved.get(a)!.outlet;
  // An outlet speaks only for itself: when nobody else is named, the words are its own ("…,” the agency noted).
  const outlet = (a: Act): boolean => a.subject !== null && !!resolved.get(a)!.name;
  return after.find(usable) ?? before.find(usable) ?? after.find(outlet) ?? before.find(outlet) ?? (after.length + before.length > 0 ? null : undefined);
}

/**
 * Five words or more, or a whole sentence standing on its own ("“Silence is not an answer.”"); one to four
 * words inside a sentence are scare quotes ("“burgeoning”", "calling them “baseless.”").
 */
function isQuotation(text: string, quote: QuoteRange): boolean {
  const words = wordsIn(quote.inner);
  if (words >= MIN_WORDS) return true;
  const opensSentence = /(?:^|[.!?…:]["”’]?)\s*$/u.test(text.slice(0, quote.start));
  return words >= 2 && opensSentence && /^\p{Lu}/u.test(quote.inner) && /[.!?…]$/u.test(quote.inner);
}

export function contextOf(block: Block, draft: Draft, knowledge: Knowledge): Context {
  const quotes = quoteRanges(block.text);
  return {
    text: block.text,
    tokens: tokensOf(block),
    quotes,
    ends: sentenceEnds(block.text, quotes),
    mentions: block.spans.filter((s): s is EntitySpan => s.kind === 'entity'),
    people: new Set(draft.entities.filter((e) => e.type === 'person').map((e) => e.id)),
    systems: new Set(draft.entities.filter((e) => e.type === 'system').map((e) => e.id)),
    starts: tokensOf(block).map((t) => t.start),
    cues: cues(knowledge),
    foreign: !/^en(?:-|$)/i.test(draft.lang ?? 'en'),
  };
}
