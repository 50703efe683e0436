// Stories: the articles that cover one event (same `story` id), in the order the story unfolded, with the
// coverage by outlet and what each article adds that the others do not (people or systems nobody else names,
// quotations nobody else carries, sentences unlike any in the other articles). A large story compares a
// bounded selection side by side (one article per outlet first), so the work stays linear in the corpus.
import { compareDatesAsc, compareDatesDesc } from '../format-date.ts';
import { normalise } from '../../loaders/read-annotations.ts';
import type { ArticleRecord, Counted, EntityInfo, Story, StoryAdds } from './types.ts';

/** A sentence sharing less than this share of its words with every sentence elsewhere is new. */
const NOVELTY = 0.4;
/** Short sentences ("He declined to comment.") say too little to count as an addition. */
const MIN_WORDS = 7;
const SENTENCES_KEPT = 3;
/** Articles compared side by side on a story page. */
export const SIDE_BY_SIDE = 8;

export function buildStories(articles: ArticleRecord[], entityById: Map<string, EntityInfo>): Story[] {
  const groups = new Map<string, ArticleRecord[]>();
  for (const article of articles) {
    const list = groups.get(article.data.story);
    if (list) list.push(article);
    else groups.set(article.data.story, [article]);
  }
  const stories = [...groups].map(([id, members]) => {
    const ordered = [...members].sort((a, b) => compareDatesAsc(a.data.date, b.data.date) || a.id.localeCompare(b.id));
    const latest = [...members].sort((a, b) => compareDatesDesc(a.data.date, b.data.date))[0]!.data.date;
    const sideBySide = pickSideBySide(ordered);
    return { id, lead: ordered[0]!, articles: ordered, sideBySide, latest, outlets: countOutlets(ordered), adds: addsOf(sideBySide, entityById) };
  });
  return stories.sort((a, b) => compareDatesDesc(a.latest, b.latest) || b.articles.length - a.articles.length || a.id.localeCompare(b.id));
}

/** The first article of each outlet, then the next ones, up to SIDE_BY_SIDE, kept in story order. */
function pickSideBySide(ordered: ArticleRecord[]): ArticleRecord[] {
  if (ordered.length <= SIDE_BY_SIDE) return ordered;
  const seen = new Set<string | null>();
  const firsts = ordered.filter((a) => !seen.has(a.data.source) && seen.add(a.data.source));
  const chosen = new Set(firsts.slice(0, SIDE_BY_SIDE));
  for (const a of ordered) if (chosen.size < SIDE_BY_SIDE) chosen.add(a);
  return ordered.filter((a) => chosen.has(a));
}

function countOutlets(articles: ArticleRecord[]): Counted<string>[] {
  const counts = new Map<string, number>();
  for (const a of articles) {
    const name = a.data.source ?? 'Unknown outlet';
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return [...counts].map(([item, count]) => ({ item, count })).sort((a, b) => b.count - a.count || a.item.localeCompare(b.item));
}

function addsOf(articles: ArticleRecord[], entityById: Map<string, EntityInfo>): Map<string, StoryAdds> {
  const adds = new Map<string, StoryAdds>();
  if (articles.length < 2) return adds;
  const words = articles.map((a) => a.data.annotations.sentences.map((s) => wordSet(s.text)));
  for (const [i, article] of articles.entries()) {
    const others = articles.filter((_, j) => j !== i);
    const otherEntities = new Set(others.flatMap((o) => o.data.entities.map((e) => e.id)));
    const otherQuotes = new Set(others.flatMap((o) => o.data.quotes.map((q) => normalise(q.text))));
    const otherSentences = words.filter((_, j) => j !== i).flat();
    const entities = [...new Set(article.data.entities.map((e) => e.id))]
      .filter((id) => !otherEntities.has(id))
      .map((id) => entityById.get(id))
      .filter((e): e is EntityInfo => e !== undefined && e.type !== 'place');
    const quotes = article.data.annotations.quotes.filter((q) => !otherQuotes.has(normalise(q.text)));
    const quoted = quotes.map((q) => normalise(q.text));
    // A sentence that only carries a quotation already listed adds nothing more.
    const sentences = article.data.annotations.sentences
      .filter((_, k) => words[i]![k]!.size >= MIN_WORDS && otherSentences.every((o) => similarity(words[i]![k]!, o) < NOVELTY))
      .filter((s) => !quoted.some((q) => normalise(s.text).includes(q)))
      .slice(0, SENTENCES_KEPT);
    adds.set(article.id, { entities, quotes, sentences });
  }
  return adds;
}

export function wordSet(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu)?.filter((w) => w.length > 2) ?? []);
}

/** Share of the smaller set's words found in the other (overlap coefficient). */
export function similarity(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / Math.min(a.size, b.size);
}
