// Loads Pagefind's browser API once, on demand, and types the part of it we use. Nothing here runs until a
// reader starts searching: the search page calls it on load, the header box on first focus.
import { url } from '../urls.ts';
import type { PagefindFilters } from './search-state.ts';

export type FilterCounts = Record<string, Record<string, number>>;

export interface PagefindSearch {
  results: PagefindResult[];
  unfilteredResultCount: number;
  /** Results there would be with each filter value added to the current filters. */
  filters: FilterCounts;
  totalFilters: FilterCounts;
}

export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindFragment>;
}

export interface PagefindAnchor {
  element: string;
  id: string;
  text?: string;
  /** Index of the first word of the element in the page's content. */
  location: number;
}

export interface PagefindFragment {
  url: string;
  /** Page text with `<` and `>` escaped; words split on whitespace line up with `locations`. */
  raw_content?: string;
  content: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  anchors: PagefindAnchor[];
  locations: number[];
  word_count: number;
}

export interface SearchOptions {
  filters?: PagefindFilters;
  sort?: Record<string, 'asc' | 'desc'>;
}

export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<FilterCounts>;
  search(term: string | null, options?: SearchOptions): Promise<PagefindSearch>;
  /** Resolves to null when a newer call superseded this one. */
  debouncedSearch(term: string | null, options: SearchOptions, ms: number): Promise<PagefindSearch | null>;
  mergeIndex(indexPath: string, options: Record<string, unknown>): Promise<void>;
}

/** Ranking: a word in a title or in an entity's name counts for more than one in body text. */
const OPTIONS = {
  excerptLength: 24,
  excerptEllipsis: '…',
  ranking: { metaWeights: { title: 6, entities: 2 } },
};

let loading: Promise<Pagefind> | null = null;

export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ url.asset('pagefind/pagefind.js'))) as Pagefind;
    await pagefind.options({ ...OPTIONS, baseUrl: url.home() });
    await pagefind.init();
    await mergeOtherLanguages(pagefind);
    saveSearchOffline();
    return pagefind;
  })();
  loading.catch(() => {
    loading = null;
  });
  return loading;
}

/**
 * Pagefind keeps one index per page language (the <html lang> of each page) and searches only the one of the
 * page the reader is on. A reader of the English site searching "Su-35" must also find the Russian and Persian
 * articles, so every other language's index is merged into the search. Their words are matched with this
 * page's language rules (Pagefind loads one stemmer), which is what a query typed in this page's language
 * needs; the names every article page carries in its metadata (entities, topics) are the same in all indexes.
 * The index is the same bundle, and Pagefind skips a mergeIndex whose path starts like its own, so the bundle
 * is named by its absolute URL.
 */
async function mergeOtherLanguages(pagefind: Pagefind): Promise<void> {
  const entry = (await (await fetch(url.asset('pagefind/pagefind-entry.json'))).json()) as { languages?: IndexLanguages };
  const languages = entry.languages ?? {};
  const own = primaryLanguage(languages, document.documentElement.lang);
  const bundle = new URL(url.asset('pagefind/'), location.href).href;
  for (const language of Object.keys(languages).sort()) {
    if (language !== own) await pagefind.mergeIndex(bundle, { ...OPTIONS, baseUrl: url.home(), language });
  }
}

/** pagefind-entry.json's languages: one index each, with its number of pages. */
export type IndexLanguages = Record<string, { page_count?: number }>;

/** The index Pagefind itself picks for a page (its findIndex): the page's language, else the same language
 *  without a region, else the language with most pages. */
export function primaryLanguage(languages: IndexLanguages, pageLang: string): string | undefined {
  const lang = (pageLang || 'unknown').toLowerCase();
  if (languages[lang]) return lang;
  if (languages[lang.split('-')[0]!]) return lang.split('-')[0];
  return Object.entries(languages).sort((a, b) => (b[1].page_count ?? 0) - (a[1].page_count ?? 0))[0]?.[0];
}

/** Asks the service worker to save the whole index, so search works offline: unasked on a first search (the
 *  worker decides whether the index is small enough), or because the reader asked. `ready` waits for a worker
 *  that is installed but does not control this page yet (the first visit). */
export function saveSearchOffline(asked = false): void {
  if (!('serviceWorker' in navigator)) return;
  void navigator.serviceWorker.ready.then((registration) => registration.active?.postMessage({ type: 'sitrep:save-search', asked }));
}

export interface SavedStatus {
  ready: boolean;
  /** Size of the whole index, what saving it downloads at most. */
  bytes: number;
}

/** Calls back with each answer of the service worker about saving the index on this device. */
export function onSearchSaved(callback: (status: SavedStatus) => void): void {
  if (!('serviceWorker' in navigator)) return;
  navigator.serviceWorker.addEventListener('message', (event: MessageEvent<{ type?: string } & Partial<SavedStatus>>) => {
    if (event.data?.type === 'sitrep:search-saved') callback({ ready: event.data.ready === true, bytes: event.data.bytes ?? 0 });
  });
  navigator.serviceWorker.startMessages();
}

/** Pagefind counts index chunks it could not fetch as no results. When a search finds nothing, this tells a
 *  true "nothing" from "offline, and the index was never saved on this device" (its marker, see sw.js). */
export async function missingOffline(): Promise<boolean> {
  if (!('caches' in window) || (await caches.match(url.asset('__sitrep/search-ready')))) return false;
  try {
    // sw.js is never answered from a cache, so this asks the network itself (navigator.onLine is unreliable).
    await fetch(url.asset('sw.js'), { method: 'HEAD', cache: 'no-store' });
    return false;
  } catch {
    return true;
  }
}
