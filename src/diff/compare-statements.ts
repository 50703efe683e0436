// Quotations and claims the change adds to the briefing: those of new articles, and those an edited
// article did not carry before (compared by their words and speaker or stance). Quotations are grouped by
// speaker, claims and denials by the topics of their article, as the topic pages list them.
import { normalise } from '../loaders/read-annotations.ts';
import { refOf, type Pair } from './compare-articles.ts';
import type { Links } from './links.ts';
import type { NewClaim, NewQuote, SpeakerQuotes, TopicClaims } from './types.ts';

export const UNATTRIBUTED = 'no speaker named';
const NO_TOPIC = 'no topic';

export function newQuotes(pairs: Pair[], links: Links): SpeakerQuotes[] {
  const bySpeaker = new Map<string, SpeakerQuotes>();
  for (const { head, base } of pairs) {
    const seen = new Set((base?.data.quotes ?? []).map((q) => `${q.speaker ?? ''}\0${normalise(q.text)}`));
    for (const q of head.data.quotes) {
      if (seen.has(`${q.speaker ?? ''}\0${normalise(q.text)}`)) continue;
      const key = q.speakerId ?? q.speaker ?? '';
      let group = bySpeaker.get(key);
      if (!group) bySpeaker.set(key, (group = { speaker: q.speaker ?? UNATTRIBUTED, speakerId: q.speakerId ?? null, quotes: [] }));
      const quote: NewQuote = { text: q.text, article: refOf(head.data, links), url: links.article(head.data.slug, q.paragraph) };
      group.quotes.push(quote);
    }
  }
  // Named speakers first, most quoted first; the unattributed last.
  return [...bySpeaker.values()].sort((a, b) => Number(a.speaker === UNATTRIBUTED) - Number(b.speaker === UNATTRIBUTED) || b.quotes.length - a.quotes.length || a.speaker.localeCompare(b.speaker));
}

export function newClaims(pairs: Pair[], topics: Map<string, string>, links: Links): TopicClaims[] {
  // Each claim once, under the topics of its article together ("S-400 · Su-35"), so that an article in two
  // topics does not list its claims twice.
  const byTopics = new Map<string, TopicClaims>();
  for (const { head, base } of pairs) {
    const seen = new Set((base?.data.claims ?? []).map((c) => `${c.stance}\0${normalise(c.text)}`));
    const fresh = head.data.claims.filter((c) => !seen.has(`${c.stance}\0${normalise(c.text)}`));
    if (fresh.length === 0) continue;
    const ids = [...head.data.topics].sort((a, b) => (topics.get(a) ?? a).localeCompare(topics.get(b) ?? b));
    const key = ids.join(' ');
    let group = byTopics.get(key);
    if (!group) byTopics.set(key, (group = { topics: ids, title: ids.length > 0 ? ids.map((t) => topics.get(t) ?? t).join(' · ') : NO_TOPIC, claims: [] }));
    group.claims.push(...fresh.map((c): NewClaim => ({ stance: c.stance, holder: c.holder, text: c.text, article: refOf(head.data, links), url: links.article(head.data.slug, c.paragraph) })));
  }
  return [...byTopics.values()].sort((a, b) => Number(a.topics.length === 0) - Number(b.topics.length === 0) || a.title.localeCompare(b.title));
}
