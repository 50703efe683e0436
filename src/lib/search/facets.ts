// The search facets: one list that the index (SearchMeta), the search page and its URL all read, so a filter
// key can never mean one thing in the index and another in the browser.

/** A Pagefind filter key, the URL parameter that carries it, and how a reader sees it. */
export interface Facet {
  key: FacetKey;
  label: string;
  /** "any": a page has one value (year, outlet), so picking two means either. "all": a page has many values
   *  (topics, entities), so picking two narrows to pages with both. */
  match: 'any' | 'all';
}

export type FacetKey = 'type' | 'topic' | 'entity' | 'speaker' | 'outlet' | 'year' | 'language';

export const FACETS: readonly Facet[] = [
  { key: 'type', label: 'Type', match: 'any' },
  { key: 'topic', label: 'Topic', match: 'all' },
  { key: 'entity', label: 'Mentions', match: 'all' },
  { key: 'speaker', label: 'Quoted', match: 'all' },
  { key: 'outlet', label: 'Outlet', match: 'any' },
  { key: 'year', label: 'Year', match: 'any' },
  { key: 'language', label: 'Language', match: 'any' },
];

/** Values of the "type" facet: what a result is. Entity types name themselves, so "entity type" is a type. */
export const PAGE_TYPES = {
  article: 'Article',
  topic: 'Topic',
  person: 'Person',
  organization: 'Organization',
  place: 'Place',
  system: 'System',
} as const;

/** Pagefind sort key holding the date; pages without a date sort last (Pagefind drops pages lacking the key). */
export const DATE_SORT = 'date';
export const NO_DATE = '0000';

export type SortOrder = 'relevance' | 'newest' | 'oldest';
export const SORT_ORDERS: readonly SortOrder[] = ['relevance', 'newest', 'oldest'];

/** Query parameter Pagefind adds to result links; the target page highlights those words. */
export const HIGHLIGHT_PARAM = 'highlight';
