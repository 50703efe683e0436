// Direct quotations: text in curly or straight double quotes of five words or more (shorter ones are scare
// quotes: "burgeoning", "advisers"). The speaker is the person named by an attribution verb next to the
// quote ("X said", "said X", "X told"), else the nearest person mentioned before it in the article.
import type { Draft, Span } from './types.ts';

const QUOTED = /“([^“”]+)”|"([^"\n]+)"/gu;
const MIN_WORDS = 5;
const VERBS = 'said|says|told|added|warned|stated|noted|asked|replied|explained|argued|concluded|insisted|wrote|declared|stressed|claimed';
const UNNAMED = new RegExp(`\\b((?:an?|the)\\s+(?:unnamed|anonymous|senior|[\\p{L}-]+\\s+)*?(?:official|spokesman|spokeswoman|spokesperson|source|diplomat|officer))\\b[^.“"]{0,40}?\\b(?:${VERBS})\\b`, 'iu');

export function findQuotes(draft: Draft): void {
  const people = new Map(draft.entities.filter((e) => e.type === 'person').map((e) => [e.id, e.name]));
  let lastPerson: string | null = null;
  let lastPersonId: string | null = null;

  for (const block of draft.blocks) {
    const entitySpans = block.spans.filter((s): s is Extract<Span, { kind: 'entity' }> => s.kind === 'entity' && people.has(s.id));
    const quoteSpans: Span[] = [];
    for (const match of block.text.matchAll(QUOTED)) {
      const inner = (match[1] ?? match[2])!.trim();
      const start = match.index;
      const end = start + match[0].length;
      const before = entitySpans.filter((s) => s.end <= start);
      if (inner.split(/\s+/).length < MIN_WORDS) {
        continue;
      }
      const attributed = attribute(block.text, start, end, entitySpans, people);
      const unnamed = UNNAMED.exec(block.text)?.[1] ?? null;
      let speaker: string | null;
      let speakerId: string | null;
      if (attributed) [speaker, speakerId] = attributed;
      else if (unnamed) [speaker, speakerId] = [unnamed.replace(/^the\s+/i, 'the '), null];
      else if (before.length > 0) {
        speakerId = before[before.length - 1]!.id;
        speaker = people.get(speakerId)!;
      } else [speaker, speakerId] = [lastPerson, lastPersonId];

      draft.quotes.push({ speaker, ...(speakerId ? { speakerId } : {}), text: inner });
      quoteSpans.push({ kind: 'quote', start, end, quote: draft.quotes.length - 1 });
    }
    const lastInBlock = entitySpans[entitySpans.length - 1];
    if (lastInBlock) {
      lastPersonId = lastInBlock.id;
      lastPerson = people.get(lastInBlock.id)!;
    }
    block.spans.push(...quoteSpans);
    block.spans.sort((a, b) => a.start - b.start || (a.kind === 'quote' ? -1 : 1));
  }
}

/** A person adjacent to an attribution verb around the quote: "…,” X said / said X / X told … “…”. */
function attribute(
  text: string,
  start: number,
  end: number,
  spans: Array<Extract<Span, { kind: 'entity' }>>,
  people: Map<string, string>,
): [string, string] | null {
  const verb = new RegExp(`\\b(?:${VERBS})\\b`, 'iu');
  const after = spans.find((s) => s.start >= end && s.start - end < 40 && verb.test(text.slice(end, s.start + 60)));
  if (after) return [people.get(after.id)!, after.id];
  const beforeSpans = spans.filter((s) => s.end <= start && start - s.end < 80 && verb.test(text.slice(s.end, start)));
  const before = beforeSpans[beforeSpans.length - 1];
  if (before) return [people.get(before.id)!, before.id];
  return null;
}
