// Topics from content/topics/*.md: each topic lists weighted terms; an article is tagged when the weighted
// count of term mentions reaches the topic's threshold, so a passing mention does not tag it. The editor's
// `topics` are added and `removeTopics` taken away after scoring.
import type { Knowledge } from './load-knowledge.ts';
import { escapeRegExp } from './clean-boilerplate.ts';
import type { Draft } from './types.ts';

interface TopicMatcher {
  id: string;
  threshold: number;
  pattern: RegExp;
  weights: Map<string, number>;
}

const cache = new WeakMap<Knowledge, TopicMatcher[]>();

function matchers(knowledge: Knowledge): TopicMatcher[] {
  let list = cache.get(knowledge);
  if (!list) {
    list = knowledge.topics.map((topic) => {
      const terms = Object.keys(topic.terms).sort((a, b) => b.length - a.length);
      const weights = new Map(Object.entries(topic.terms).map(([t, w]) => [t.toLowerCase(), w]));
      // Terms are matched case-insensitively and as prefixes of a word's hyphenated parts ("Shahed-136").
      const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${terms.map(escapeRegExp).join('|')})(?![\\p{L}])`, 'giu');
      return { id: topic.id, threshold: topic.threshold, pattern, weights };
    });
    cache.set(knowledge, list);
  }
  return list;
}

export function scoreTopics(text: string, knowledge: Knowledge): Map<string, number> {
  const scores = new Map<string, number>();
  for (const m of matchers(knowledge)) {
    let score = 0;
    for (const match of text.matchAll(m.pattern)) score += m.weights.get(match[0].toLowerCase()) ?? 0;
    scores.set(m.id, score);
  }
  return scores;
}

export function tagTopics(draft: Draft, knowledge: Knowledge): void {
  const text = [draft.title ?? '', ...draft.blocks.map((b) => b.text)].join('\n');
  const scores = scoreTopics(text, knowledge);
  const tagged = new Set(matchers(knowledge).filter((m) => (scores.get(m.id) ?? 0) >= m.threshold).map((m) => m.id));
  for (const id of draft.editor.topics ?? []) tagged.add(id);
  for (const id of draft.editor.removeTopics ?? []) tagged.delete(id);
  draft.topics = [...tagged].sort();
}
