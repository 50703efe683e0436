// Topics from content/topics/*.md, scored with evidence so that a passing mention does not tag an article and
// an article on another subject gets no topic. Each term has a weight; a mention in the headline or the lead
// paragraph counts half again; a term marked `near` counts only within a few words of its anchor ("air
// defense system" near "S-400"). An article is tagged when its score reaches the topic's threshold, raised
// for long articles (by the square root of their length over 400 words), with at least two mentions, and
// with evidence in the lead or repeated (in two paragraphs, or three mentions). The editor's `topics` are added and
// `removeTopics` taken away after scoring.
import type { Knowledge } from './load-knowledge.ts';
import { escapeRegExp } from './clean-boilerplate.ts';
import { frontMatterPlace } from './front-matter-place.ts';
import { suggest } from './suggest.ts';
import type { Draft } from './types.ts';
import { fold } from './fold-text.ts';
import { languageData } from './find-native-entities.ts';

interface Term {
  weight: number;
  near: RegExp | null;
  within: number;
}

interface TopicMatcher {
  id: string;
  threshold: number;
  pattern: RegExp;
  terms: Map<string, Term>;
  /** Matched on folded text, the term in group 1 (a language from content/languages). */
  folded: boolean;
}

/** Length, in words, up to which the threshold stays as written. */
const BASE_WORDS = 400;
const LEAD_BONUS = 1.5;

const cache = new WeakMap<Knowledge, Map<string, TopicMatcher[]>>();

function alternation(terms: string[]): string {
  return [...terms].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
}

/**
 * The topics' matchers for one language. English reads the topics' own terms; a language with a file in
 * content/languages adds its terms, and matches on folded text (fold-text) with its prefixes and suffixes
 * around a term ("والطائرات المسيرة", "беспилотников"); the terms themselves stay in the pattern's group 1.
 */
function matchers(knowledge: Knowledge, lang = 'en'): TopicMatcher[] {
  let byLang = cache.get(knowledge);
  if (!byLang) cache.set(knowledge, (byLang = new Map()));
  let list = byLang.get(lang);
  if (!list) {
    const data = languageData(knowledge, lang);
    const norm = data ? fold : (t: string) => t.toLowerCase();
    const affixes = (words: string[]) => (words.length ? `(?:${alternation(words.map(fold))})?` : '');
    list = knowledge.topics.map((topic) => {
      const terms = new Map<string, Term>();
      const all: Record<string, number | { weight: number; near: string[]; within: number }> = { ...topic.terms, ...(data?.topics[topic.id] ?? {}) };
      for (const [term, value] of Object.entries(all)) {
        terms.set(norm(term), typeof value === 'number'
          ? { weight: value, near: null, within: 0 }
          : { weight: value.weight, near: new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(value.near.map(norm))})`, 'iu'), within: value.within });
      }
      const keys = data ? [...terms.keys()] : Object.keys(topic.terms);
      const pattern = data
        ? new RegExp(`(?<![\\p{L}\\p{N}])${affixes(data.prefixes)}(${alternation(keys)})(?:${[...data.suffixes.map(fold).map(escapeRegExp), 'e?s'].join('|')})?(?![\\p{L}])`, 'gu')
        : new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(keys)})(?:e?s)?(?![\\p{L}])`, 'giu');
      return { id: topic.id, threshold: topic.threshold, pattern, terms, folded: data !== null };
    });
    byLang.set(lang, list);
  }
  return list;
}

export interface TopicEvidence {
  score: number;
  mentions: number;
  paragraphs: number;
  inLead: boolean;
}

/** Evidence for each topic in a list of paragraphs; the first counts as the lead. */
export function scoreTopics(raw: string[], knowledge: Knowledge, lang = 'en'): Map<string, TopicEvidence> {
  // A language from content/languages is matched on folded text (its matchers are built folded too).
  const paragraphs = languageData(knowledge, lang) ? raw.map(fold) : raw;
  // One text, so that "near" reaches across a paragraph break; each mention knows its paragraph.
  const text = paragraphs.join('\n');
  const starts: number[] = [];
  paragraphs.reduce((at, p) => (starts.push(at), at + p.length + 1), 0);
  const paragraphAt = (offset: number): number => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const scores = new Map<string, TopicEvidence>();
  for (const m of matchers(knowledge, lang)) {
    const evidence: TopicEvidence = { score: 0, mentions: 0, paragraphs: 0, inLead: false };
    const seen = new Set<number>();
    for (const match of text.matchAll(m.pattern)) {
      const term = m.folded ? m.terms.get(match[1]!) : termOf(m, match[0]);
      if (!term || (term.near && !near(text, match.index, match[0].length, term))) continue;
      const paragraph = paragraphAt(match.index);
      evidence.score += term.weight * (paragraph === 0 ? LEAD_BONUS : 1);
      evidence.mentions++;
      seen.add(paragraph);
    }
    evidence.paragraphs = seen.size;
    evidence.inLead = seen.has(0);
    scores.set(m.id, evidence);
  }
  return scores;
}

export function tagTopics(draft: Draft, knowledge: Knowledge): void {
  const headline = draft.removed.find((r) => r.rule === 'headline')?.text;
  const paragraphs = draft.blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text);
  // The headline and the lead paragraph together are the lead.
  const texts = paragraphs.length > 0 ? [[headline ?? '', paragraphs[0]!].join('\n'), ...paragraphs.slice(1)] : [headline ?? ''];
  const words = texts.join(' ').split(/\s+/).length;
  const lengthFactor = Math.max(1, Math.sqrt(words / BASE_WORDS));
  const scores = scoreTopics(texts, knowledge, draft.lang);
  const tagged = new Set<string>();
  for (const m of matchers(knowledge, draft.lang)) {
    const e = scores.get(m.id)!;
    // Evidence in the lead, or repeated: in two paragraphs or three mentions.
    const spread = e.inLead || e.paragraphs >= 2 || e.mentions >= 3;
    if (e.score >= m.threshold * lengthFactor && e.mentions >= 2 && spread) tagged.add(m.id);
  }
  const known = knowledge.topics.map((t) => t.id);
  for (const id of knownIds(draft, 'topics', known)) tagged.add(id);
  for (const id of knownIds(draft, 'removeTopics', known)) tagged.delete(id);
  draft.topics = [...tagged].sort();
}

/** The editor's topic ids that name a topic; any other is an error at its place, as `npm run check` says. */
function knownIds(draft: Draft, key: 'topics' | 'removeTopics', known: string[]): string[] {
  const ids = draft.editor[key] ?? [];
  ids.forEach((id, index) => {
    if (known.includes(id)) return;
    const guess = suggest(id, known);
    const fix = guess ? `did you mean "${guess}"?` : `topics are the file names in content/topics/: ${known.join(', ') || 'none yet'}`;
    draft.file.message(`unknown topic "${id}" in "${key}": ${fix}`, {
      place: frontMatterPlace(draft.file, [key, index]),
      ruleId: 'unknown-topic',
      source: 'sitrep',
    }).fatal = true;
  });
  return ids.filter((id) => known.includes(id));
}

function termOf(m: TopicMatcher, found: string): Term | undefined {
  const lower = found.toLowerCase();
  return m.terms.get(lower) ?? m.terms.get(lower.replace(/e?s$/, '')) ?? m.terms.get(lower.replace(/s$/, ''));
}

/** An anchor of the term stands within `within` words of the mention. */
function near(text: string, index: number, length: number, term: Term): boolean {
  // A window of characters wide enough for `within` words of any usual length, then cut to the words.
  const reach = term.within * 20;
  const before = text.slice(Math.max(0, index - reach), index).split(/\s+/).slice(-term.within).join(' ');
  const after = text.slice(index + length, index + length + reach).split(/\s+/).slice(0, term.within + 1).join(' ');
  return term.near!.test(before) || term.near!.test(after);
}
