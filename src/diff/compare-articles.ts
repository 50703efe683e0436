// Articles matched across the two sides (by source file, then by page address for a file that moved) and
// what each says differently: title, date, outlet, credits, summary, topics, entities and their roles,
// quotations, claims, and the paragraphs of its text. Moves between stories are the stories' business
// (compare-stories.ts): a story's id is its earliest article's slug, so an earlier arrival renames it.
import { normalise } from '../loaders/read-annotations.ts';
import type { ArticleFrontMatter } from '../schema/article.ts';
import type { Links } from './links.ts';
import type { ArticleView, Snapshot } from './snapshot.ts';
import type { ArticleChanges, ArticleRef, ChangedArticle, FailingArticle, ListChange } from './types.ts';

/** A head article with its base version (null when it is new). */
export interface Pair {
  head: ArticleView;
  base: ArticleView | null;
}

export interface ArticleDiff {
  pairs: Pair[];
  added: ArticleRef[];
  removed: ArticleRef[];
  changed: ChangedArticle[];
  failing: FailingArticle[];
}

export function refOf(data: ArticleFrontMatter, links: Links | null): ArticleRef {
  return { slug: data.slug, title: data.title, sourceFile: data.sourceFile, url: links ? links.article(data.slug) : null, source: data.source, date: data.date };
}

export function compareArticles(base: Snapshot, head: Snapshot, links: Links): ArticleDiff {
  const unmatched = new Map(base.articles);
  const pairs: Pair[] = [];
  const newOnes: ArticleView[] = [];
  for (const [file, view] of head.articles) {
    const before = unmatched.get(file);
    if (before) {
      unmatched.delete(file);
      pairs.push({ head: view, base: before });
    } else newOnes.push(view);
  }
  // A file moved or renamed keeps its page: the same slug on both sides is the same article.
  const bySlug = new Map([...unmatched].map(([file, view]) => [view.data.slug, file]));
  for (const view of newOnes) {
    const file = bySlug.get(view.data.slug);
    const before = file === undefined ? undefined : unmatched.get(file);
    if (file !== undefined && before) unmatched.delete(file);
    pairs.push({ head: view, base: before ?? null });
  }
  const failing: FailingArticle[] = [...head.failing].filter(([file]) => !base.failing.has(file) || base.failing.get(file) !== head.failing.get(file))
    .map(([file, message]) => ({ sourceFile: file, slug: base.articles.get(file)?.data.slug ?? null, message }));
  const failingFiles = new Set(head.failing.keys());
  const changed: ChangedArticle[] = [];
  for (const pair of pairs) {
    if (!pair.base) continue;
    const changes = changesOf(pair.base, pair.head);
    if (Object.keys(changes).length > 0) changed.push({ ...refOf(pair.head.data, links), changes });
  }
  return {
    pairs,
    added: pairs.filter((p) => !p.base).map((p) => refOf(p.head.data, links)),
    removed: [...unmatched.values()].filter((v) => !failingFiles.has(v.data.sourceFile)).map((v) => refOf(v.data, null)),
    changed,
    failing,
  };
}

function changesOf(base: ArticleView, head: ArticleView): ArticleChanges {
  const a = base.data;
  const b = head.data;
  const changes: ArticleChanges = {};
  for (const key of ['title', 'slug', 'date', 'source', 'author', 'agency', 'summary'] as const) {
    if (a[key] !== b[key]) (changes as Record<string, unknown>)[key] = { before: a[key], after: b[key] };
  }
  const topics = listChange(a.topics, b.topics);
  if (topics) changes.topics = topics;
  const names = listChange(a.entities.map((e) => e.name), b.entities.map((e) => e.name));
  const roleOf = new Map(a.entities.map((e) => [e.id, e.role ?? null]));
  const roles = b.entities
    .filter((e) => roleOf.has(e.id) && roleOf.get(e.id) !== (e.role ?? null))
    .map((e) => ({ name: e.name, before: roleOf.get(e.id) ?? null, after: e.role ?? null }));
  if (names || roles.length > 0) changes.entities = { ...(names ?? { added: [], removed: [] }), roles };
  const quotes = textChange(a.quotes.map((q) => [q.speaker ?? '', q.text]), b.quotes.map((q) => [q.speaker ?? '', q.text]));
  if (quotes) changes.quotes = quotes;
  const claims = textChange(a.claims.map((c) => [c.stance, c.text]), b.claims.map((c) => [c.stance, c.text]));
  if (claims) changes.claims = claims;
  const before = new Set(base.paragraphs);
  const reworded = head.paragraphs.filter((p) => !before.has(p)).length;
  if (reworded > 0 || base.paragraphs.length !== head.paragraphs.length) {
    changes.text = { before: base.paragraphs.length, after: head.paragraphs.length, changed: reworded };
  }
  return changes;
}

function listChange(before: string[], after: string[]): ListChange | null {
  const a = new Set(before);
  const b = new Set(after);
  const added = [...b].filter((x) => !a.has(x));
  const removed = [...a].filter((x) => !b.has(x));
  return added.length || removed.length ? { added, removed } : null;
}

/** Quotations or claims compared by their words (and speaker or stance), not their punctuation. */
function textChange(before: Array<[string, string]>, after: Array<[string, string]>): ListChange | null {
  const key = ([who, text]: [string, string]): string => `${who}\0${normalise(text)}`;
  const a = new Set(before.map(key));
  const b = new Set(after.map(key));
  const added = after.filter((x) => !a.has(key(x))).map(([, text]) => text);
  const removed = before.filter((x) => !b.has(key(x))).map(([, text]) => text);
  return added.length || removed.length ? { added, removed } : null;
}
