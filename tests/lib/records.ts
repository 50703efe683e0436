// Small article and topic records for unit tests of the briefing index: only what a test names is set.
import type { ArticleRecord, TopicRecord } from '../../src/lib/briefing/types.ts';
import type { SiteArticle } from '../../src/loaders/annotations.ts';
import type { ArticleEntity } from '../../src/schema/article.ts';

export function article(id: string, over: Partial<SiteArticle> & { text?: string[] } = {}): ArticleRecord {
  const { text = [], ...rest } = over;
  const entities: ArticleEntity[] = rest.entities ?? [];
  const date = rest.date ?? null;
  const data: SiteArticle = {
    title: `Title of ${id}`,
    slug: id,
    date,
    datePrecision: date === null ? null : date.length === 10 ? 'day' : date.length === 7 ? 'month' : 'year',
    dateEvidence: null,
    lang: 'en',
    dir: 'ltr',
    source: null,
    author: null,
    agency: null,
    topics: [],
    quotes: [],
    claims: [],
    story: id,
    summary: '',
    sourceFile: `seeds/${id}.txt`,
    removed: [],
    ...rest,
    entities,
    annotations: rest.annotations ?? {
      blocks: text.length,
      // Each paragraph one sentence; every entity whose name appears in it is mentioned there.
      sentences: text.map((t, i) => ({
        paragraph: i + 1,
        text: t,
        mentions: entities.filter((e) => t.includes(e.name)).map((e) => ({ id: e.id, start: t.indexOf(e.name), end: t.indexOf(e.name) + e.name.length })),
      })),
      quotes: (rest.quotes ?? []).map((q) => ({ ...q, paragraph: q.paragraph ?? null })),
      claims: (rest.claims ?? []).map((c) => ({ ...c, paragraph: c.paragraph ?? null })),
    },
  };
  return { id, data };
}

export function topic(id: string, terms: Record<string, number> = {}, related: string[] = []): TopicRecord {
  return { id, data: { title: id.toUpperCase(), terms, related } };
}

export const person = (id: string, name: string): ArticleEntity => ({ id, name, type: 'person' });
export const place = (id: string, name: string): ArticleEntity => ({ id, name, type: 'place' });
export const system = (id: string, name: string): ArticleEntity => ({ id, name, type: 'system' });
