// A search as data: the query, the picked filter values and the sort order, read from and written to the URL
// (?q=…&topic=…&year=…&sort=…) so that any search can be shared, bookmarked and restored. Pure; runs in the
// browser and in unit tests.
import { FACETS, DATE_SORT, SORT_ORDERS, type FacetKey, type SortOrder } from './facets.ts';

export interface SearchState {
  q: string;
  filters: Partial<Record<FacetKey, string[]>>;
  sort: SortOrder;
}

export type PagefindFilters = Record<string, { any: string[] } | { all: string[] }>;

/** Relevance needs words to rank by; a browse by filters alone lists newest first. */
export function defaultSort(q: string): SortOrder {
  return q.trim() ? 'relevance' : 'newest';
}

export function readState(params: URLSearchParams): SearchState {
  const q = (params.get('q') ?? '').replace(/\s+/g, ' ').trim();
  const filters: SearchState['filters'] = {};
  for (const facet of FACETS) {
    const values = unique(params.getAll(facet.key).map((v) => v.trim()).filter(Boolean));
    if (values.length > 0) filters[facet.key] = values;
  }
  const asked = params.get('sort');
  const sort = SORT_ORDERS.includes(asked as SortOrder) ? (asked as SortOrder) : defaultSort(q);
  return { q, filters, sort: sort === 'relevance' && !q ? 'newest' : sort };
}

/** The URL parameters for a state, in a fixed order, leaving out what is default. */
export function writeState(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const facet of FACETS) for (const value of state.filters[facet.key] ?? []) params.append(facet.key, value);
  if (state.sort !== defaultSort(state.q)) params.set('sort', state.sort);
  return params;
}

export function hasFilters(state: SearchState): boolean {
  return Object.values(state.filters).some((values) => values.length > 0);
}

export function pagefindFilters(state: SearchState): PagefindFilters {
  const filters: PagefindFilters = {};
  for (const facet of FACETS) {
    const values = state.filters[facet.key];
    if (values?.length) filters[facet.key] = facet.match === 'any' ? { any: values } : { all: values };
  }
  return filters;
}

export function pagefindSort(state: SearchState): Record<string, 'asc' | 'desc'> | undefined {
  if (state.sort === 'newest') return { [DATE_SORT]: 'desc' };
  if (state.sort === 'oldest') return { [DATE_SORT]: 'asc' };
  return undefined;
}

/** The state with one filter value switched on or off. */
export function toggleFilter(state: SearchState, key: FacetKey, value: string, on: boolean): SearchState {
  const current = state.filters[key] ?? [];
  const next = on ? unique([...current, value]) : current.filter((v) => v !== value);
  const filters = { ...state.filters, [key]: next };
  if (next.length === 0) delete filters[key];
  return { ...state, filters };
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
