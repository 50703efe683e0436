// Claims: clauses that accuse or allege, warn, deny or reject, confirm or admit, tagged with their stance and
// who holds it, so that topic pages can show allegations beside denials. The verb must stand outside any
// quotation and not be negated ("neither confirmed nor denied" is no claim); a passive verb's holder is its
// "by" agent or nobody. A sentence holding two claims ("Washington accuses Iran …, a charge Tehran denies")
// is split at the comma before the second verb. Each claim is marked in the body.
import type { Knowledge } from './load-knowledge.ts';
import type { ClaimStance } from '../schema/article.ts';
import { cues } from './language.ts';
import { actsOf, sentenceEnd, sentenceStart, type Act } from './attribution.ts';
import { contextOf } from './find-quotes.ts';
import { Speakers } from './speakers.ts';
import type { Draft } from './types.ts';

const NEGATIONS = new Set(['not', "n't", 'never', 'neither', 'nor', 'no', 'without', 'refused', 'declined', 'failed', 'unable', 'instead']);

export function findClaims(draft: Draft, knowledge: Knowledge): void {
  const c = cues(knowledge);
  const holders = new Speakers(draft, knowledge);
  draft.blocks.forEach((block, index) => {
    if (block.kind !== 'paragraph') return;
    const ctx = contextOf(block, draft, knowledge);
    const found: Array<{ act: Act; stance: ClaimStance }> = [];
    for (const { stance, verbs } of c.claimVerbs) for (const act of actsOf(ctx, verbs)) found.push({ act, stance });
    found.sort((a, b) => a.act.at - b.act.at);

    let covered = -1;
    for (let i = 0; i < found.length; i++) {
      const { act, stance } = found[i]!;
      if (act.at < covered || negated(ctx.tokens, act.verb)) continue;
      if (stance === 'deny' && refusal(ctx.tokens, act.verb, c.statementNouns)) continue;
      const start = Math.max(sentenceStart(ctx, act.at), covered);
      let end = sentenceEnd(ctx, act.at);
      // A second claim in the same sentence starts a clause of its own at the comma before its verb.
      const next = found.slice(i + 1).find((f) => f.act.at < end && !negated(ctx.tokens, f.act.verb));
      if (next) {
        const comma = block.text.lastIndexOf(',', next.act.at);
        if (comma > act.at) end = comma + 1;
      }
      // A claim never cuts a quotation in two: it grows to hold any quotation it overlaps.
      for (const q of ctx.quotes) {
        if (q.start < end && start < q.end) end = Math.max(end, q.end);
      }
      const holder = holders.resolve(act.subject, index, act.at);
      const text = block.text.slice(start, end).trim().replace(/,$/, '');
      const from = start + (block.text.slice(start, end).length - block.text.slice(start, end).trimStart().length);
      // An outlet that claims or accuses holds the claim itself ("Bloomberg claimed …").
      draft.claims.push({ stance, holder: holder.name, text, paragraph: index + 1 });
      block.spans.push({ kind: 'claim', start: from, end: from + text.length, claim: draft.claims.length - 1 });
      covered = end;
    }
    block.spans.sort((a, b) => a.start - b.start || b.end - a.end);
  });
}

/**
 * "Russia rejected Tehran's request": a deny verb whose object is no statement is a refusal, not a denial.
 * A denial has no object ("a charge Tehran denies"), a clause ("denied that …", "denied supplying"), or a
 * statement noun for its head ("rejected the claims", "dismissed the report as …", "denied it").
 */
function refusal(tokens: Array<{ text: string; after: string; capitalised: boolean }>, verb: number, statements: Set<string>): boolean {
  let i = verb + 1;
  while (i < tokens.length && /^(?:outright|flatly|strongly|categorically|firmly)$/.test(tokens[i]!.text)) i++;
  const first = tokens[i];
  if (!first || tokens[i - 1]!.after !== '') return false;
  const word = first.text.toLowerCase();
  if (/^(?:that|as|on|in|at|by|to)$/.test(word) || /ing$/.test(word) || statements.has(word)) return false;
  // The head of the object: the last word before a preposition, a clause word or punctuation.
  let head = i;
  for (let j = i; j < Math.min(tokens.length, i + 6); j++) {
    if (/^(?:of|for|from|to|by|with|on|in|at|that|as|which|who|and|or)$/.test(tokens[j]!.text)) break;
    head = j;
    if (tokens[j]!.after !== '') break;
  }
  return !statements.has(tokens[head]!.text.toLowerCase());
}

/** A negation among the few words before the verb, within its clause ("No delivery has been confirmed", "has yet to confirm"). */
function negated(tokens: Array<{ text: string; after: string }>, verb: number): boolean {
  for (let i = verb - 1; i >= Math.max(0, verb - 5); i--) {
    if (NEGATIONS.has(tokens[i]!.text.toLowerCase())) return true;
    // "has yet to confirm": not done.
    if (tokens[i]!.text.toLowerCase() === 'yet' && tokens[i + 1]?.text === 'to') return true;
    if (tokens[i]!.after !== '') return false;
  }
  return false;
}
