// What Pagefind learns about a page beyond its text: filters (facets), metadata shown in results, and the
// date sort key. Pure functions of the page's data; SearchMeta renders them as data-pagefind-* attributes.
import type { ArticleFrontMatter, EntityType } from '../../schema/article.ts';
import { DATE_SORT, NO_DATE, PAGE_TYPES, type FacetKey } from './facets.ts';
import { languageName } from '../language-name.ts';

export interface SearchRecord {
  filters: Partial<Record<FacetKey, string[]>>;
  meta: Record<string, string>;
  sort: Record<string, string>;
}

/** Metadata keys the result list reads. "entities" is searchable and weighted above body text. */
export interface ResultMeta {
  title?: string;
  type?: string;
  date?: string;
  precision?: string;
  outlet?: string;
  summary?: string;
  entities?: string;
  /** BCP 47 language and direction of an article not in the site's language. */
  lang?: string;
  dir?: string;
}

export function articleRecord(article: ArticleFrontMatter, topicTitles: ReadonlyMap<string, string>): SearchRecord {
  const names = new Map(article.entities.map((e) => [e.id, e.name]));
  const speakers = article.quotes.flatMap((q) => (q.speakerId ? [names.get(q.speakerId) ?? q.speaker ?? ''] : [])).filter(Boolean);
  const meta: Record<string, string> = { title: article.title, type: PAGE_TYPES.article };
  if (article.date) meta.date = article.date;
  if (article.datePrecision) meta.precision = article.datePrecision;
  if (article.source) meta.outlet = article.source;
  if (article.summary) meta.summary = article.summary;
  if (article.entities.length) meta.entities = article.entities.map((e) => e.name).join(', ');
  if (article.lang !== 'en') Object.assign(meta, { lang: article.lang, dir: article.dir });
  return {
    filters: clean({
      type: [PAGE_TYPES.article],
      topic: article.topics.map((id) => topicTitles.get(id) ?? id),
      entity: article.entities.map((e) => e.name),
      speaker: speakers,
      outlet: article.source ? [article.source] : [],
      year: article.date ? [article.date.slice(0, 4)] : [],
      language: [languageName(article.lang)],
    }),
    meta,
    sort: { [DATE_SORT]: article.date ?? NO_DATE },
  };
}

export function entityRecord(entity: { name: string; type: EntityType; description?: string }): SearchRecord {
  const meta: Record<string, string> = { title: entity.name, type: PAGE_TYPES[entity.type], entities: entity.name };
  if (entity.description) meta.summary = entity.description;
  return { filters: { type: [PAGE_TYPES[entity.type]], entity: [entity.name] }, meta, sort: { [DATE_SORT]: NO_DATE } };
}

export function topicRecord(topic: { title: string; description?: string }): SearchRecord {
  const meta: Record<string, string> = { title: topic.title, type: PAGE_TYPES.topic };
  if (topic.description) meta.summary = topic.description;
  return { filters: { type: [PAGE_TYPES.topic], topic: [topic.title] }, meta, sort: { [DATE_SORT]: NO_DATE } };
}

/** Each value once, in first-seen order; empty lists dropped. */
function clean(filters: Partial<Record<FacetKey, string[]>>): Partial<Record<FacetKey, string[]>> {
  const out: Partial<Record<FacetKey, string[]>> = {};
  for (const [key, values] of Object.entries(filters) as [FacetKey, string[]][]) {
    const unique = [...new Set(values)];
    if (unique.length) out[key] = unique;
  }
  return out;
}
