// A topic's digest: its articles, the key sentence of each recent article (the one that says most about the
// topic, by the editors' weighted terms), allegations beside denials, the actors and systems involved, recent
// quotations and the topics its articles share.
import type { ArticleRecord, ClaimRef, Counted, EntityInfo, QuoteRef, SentenceRef, TopicDigest, TopicRecord, TopicTerm } from './types.ts';
import type { Sentence } from '../../loaders/annotations.ts';
import { normalise } from '../../loaders/read-annotations.ts';
import { distinctQuotes } from './quotes.ts';

const KEY_SENTENCES = 10;
const ACTORS = 10;
const QUOTES = 10;
const QUOTES_PER_ARTICLE = 2;
const CLAIMS = 20;
/** Each distinct person, organization or system named in a sentence adds this much, up to two of them. */
const MENTION_BONUS = 0.5;

export function digestTopics(
  topics: TopicRecord[],
  byTopic: Map<string, ArticleRecord[]>,
  entityById: Map<string, EntityInfo>,
): Map<string, TopicDigest> {
  const digests = new Map<string, TopicDigest>();
  const topicById = new Map(topics.map((t) => [t.id, t]));
  for (const topic of topics) {
    const articles = byTopic.get(topic.id) ?? [];
    const score = sentenceScorer(topic.data.terms, entityById);
    const keySentences: SentenceRef[] = [];
    // Wire copy and boilerplate repeat sentences word for word across articles: each is listed once.
    const seen = new Set<string>();
    for (const article of articles) {
      if (keySentences.length >= KEY_SENTENCES) break;
      const best = bestSentence(article.data.annotations.sentences.filter((s) => !seen.has(normalise(s.text))), score);
      if (!best) continue;
      seen.add(normalise(best.text));
      keySentences.push({ article, sentence: best });
    }
    const claims: ClaimRef[] = articles.flatMap((article) => article.data.annotations.claims.map((claim) => ({ article, claim })));
    const counts = new Map<string, number>();
    for (const article of articles) for (const id of new Set(article.data.entities.map((e) => e.id))) counts.set(id, (counts.get(id) ?? 0) + 1);
    const ranked = [...counts]
      .map(([id, count]) => ({ item: entityById.get(id)!, count }))
      .filter((c) => c.item !== undefined)
      .sort((a, b) => b.count - a.count || b.item.mentionCount - a.item.mentionCount || a.item.name.localeCompare(b.item.name));
    // A few from each article, so one long interview does not fill the section.
    const quotes: QuoteRef[] = distinctQuotes(articles.flatMap((article) => article.data.annotations.quotes.slice(0, QUOTES_PER_ARTICLE).map((quote) => ({ article, quote })))).slice(0, QUOTES);
    digests.set(topic.id, {
      topic,
      articles,
      keySentences,
      allegations: claims.filter((c) => c.claim.stance !== 'deny').slice(0, CLAIMS),
      denials: claims.filter((c) => c.claim.stance === 'deny').slice(0, CLAIMS),
      actors: ranked.filter((c) => c.item.type === 'person' || c.item.type === 'organization').slice(0, ACTORS),
      systems: ranked.filter((c) => c.item.type === 'system').slice(0, ACTORS),
      quotes,
      related: relatedTopics(topic, articles, topicById),
    });
  }
  return digests;
}

function relatedTopics(topic: TopicRecord, articles: ArticleRecord[], topicById: Map<string, TopicRecord>): Counted<TopicRecord>[] {
  const shared = new Map<string, number>();
  for (const article of articles) for (const t of article.data.topics) if (t !== topic.id) shared.set(t, (shared.get(t) ?? 0) + 1);
  const declared = topic.data.related.filter((id) => topicById.has(id) && id !== topic.id);
  const found = [...shared].filter(([id]) => topicById.has(id) && !declared.includes(id)).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return [...declared.map((id) => [id, shared.get(id) ?? 0] as const), ...found].map(([id, count]) => ({ item: topicById.get(id)!, count }));
}

/**
 * Scores a sentence by the topic's weighted terms (each counted once; a term that must stand near others counts
 * when one of them is in the same sentence) and the actors it names.
 */
export function sentenceScorer(terms: Record<string, TopicTerm>, entityById: Map<string, EntityInfo>): (s: Sentence) => number {
  const weights = new Map(Object.entries(terms).map(([term, t]) => [term.toLowerCase(), typeof t === 'number' ? { weight: t, near: [] } : { weight: t.weight, near: t.near.map((n) => n.toLowerCase()) }]));
  const names = [...weights.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const pattern = names.length > 0 ? new RegExp(`(?<![\\p{L}\\p{N}])(${names.join('|')})(?![\\p{L}\\p{N}])`, 'giu') : null;
  return (sentence) => {
    if (!pattern) return 0;
    const found = new Set([...sentence.text.matchAll(pattern)].map((m) => m[1]!.toLowerCase()));
    let score = 0;
    for (const term of found) {
      const t = weights.get(term);
      if (t && (t.near.length === 0 || t.near.some((n) => found.has(n)))) score += t.weight;
    }
    if (score === 0) return 0;
    const actors = new Set(sentence.mentions.map((m) => m.id).filter((id) => entityById.get(id)?.type !== 'place'));
    return score + MENTION_BONUS * Math.min(actors.size, 2);
  };
}

function bestSentence(sentences: Sentence[], score: (s: Sentence) => number): Sentence | null {
  let best: Sentence | null = null;
  let bestScore = 0;
  for (const s of sentences) {
    const value = score(s);
    if (value > bestScore) {
      best = s;
      bestScore = value;
    }
  }
  return best;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
