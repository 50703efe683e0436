// The search page: query, filters and sort live in the URL, so a search can be shared, bookmarked and
// restored with Back. Filters work without a query (browse everything on a topic in a year); each filter value
// shows how many results it would give; results list the paragraphs holding the hits.
import { FACETS, type Facet } from './facets.ts';
import { loadPagefind, missingOffline, onSearchSaved, saveSearchOffline, type FilterCounts, type Pagefind, type PagefindResult, type PagefindSearch } from './pagefind-client.ts';
import { renderResult } from './render-result.ts';
import {
  defaultSort,
  hasFilters,
  pagefindFilters,
  pagefindSort,
  readState,
  toggleFilter,
  writeState,
  type SearchState,
} from './search-state.ts';

const PAGE_SIZE = 10;
/** Facet values shown before "more"; the rest sit in a disclosure. */
const SHOWN_VALUES = 8;
const TYPING_PAUSE_MS = 200;
const NEEDS_NETWORK = 'This search needs the network: search is saved for offline use once you have searched online.';

export async function runSearchPage(root: HTMLElement): Promise<void> {
  // The page's title as built ("Search · <site name>"): results put the query in front of it.
  const baseTitle = document.title;
  const form = root.querySelector<HTMLFormElement>('form[role=search]')!;
  const input = form.querySelector<HTMLInputElement>('input[name=q]')!;
  const sort = form.querySelector<HTMLSelectElement>('select[name=sort]')!;
  const facetsBox = root.querySelector<HTMLElement>('[data-search-facets]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;
  const clear = root.querySelector<HTMLButtonElement>('[data-search-clear]')!;
  const offline = root.querySelector<HTMLElement>('[data-search-offline]')!;
  const save = root.querySelector<HTMLButtonElement>('[data-search-save]')!;
  onSearchSaved(({ ready, bytes }) => {
    offline.hidden = !ready;
    save.hidden = ready;
    save.disabled = false;
    save.textContent = `Save search on this device for offline use (${(bytes / 1024 / 1024).toFixed(1)} MB)`;
  });
  save.addEventListener('click', () => {
    save.disabled = true;
    save.textContent = 'Saving search…';
    saveSearchOffline(true);
  });

  let state = readState(new URLSearchParams(location.search));
  let totals: FilterCounts = {};
  let pagefind: Pagefind;
  let run = 0;
  let pending: PagefindResult[] = [];

  showState();
  status.textContent = 'Loading search…';
  try {
    pagefind = await loadPagefind();
    totals = await pagefind.filters();
  } catch (error) {
    status.textContent = `Search could not load (${error instanceof Error ? error.message : String(error)}). Try again when online.`;
    return;
  }
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    state = { ...state, q: clean(input.value) };
    void search('push');
  });
  let typing: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(() => {
      const q = clean(input.value);
      if (q === state.q) return;
      // Keep a sort the reader chose; follow the default (relevance with words, newest without) otherwise.
      const sortOrder = state.sort === defaultSort(state.q) ? defaultSort(q) : state.sort;
      state = { ...state, q, sort: sortOrder === 'relevance' && !q ? 'newest' : sortOrder };
      void search('replace');
    }, TYPING_PAUSE_MS);
  });
  sort.addEventListener('change', () => {
    state = { ...state, sort: sort.value as SearchState['sort'] };
    void search('push');
  });
  facetsBox.addEventListener('change', (event) => {
    const box = event.target as HTMLInputElement;
    if (box.type !== 'checkbox') return;
    const facet = FACETS.find((f) => f.key === box.name);
    if (!facet) return;
    state = toggleFilter(state, facet.key, box.value, box.checked);
    void search('push');
  });
  clear.addEventListener('click', () => {
    state = { ...state, filters: {} };
    void search('push');
    input.focus();
  });
  more.addEventListener('click', () => void showMore(true));
  window.addEventListener('popstate', () => {
    state = readState(new URLSearchParams(location.search));
    showState();
    void search(null);
  });
  list.addEventListener('keydown', (event) => moveBetweenLinks(event, list, input));
  input.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown') return;
    const first = list.querySelector<HTMLAnchorElement>('a');
    if (!first) return;
    event.preventDefault();
    first.focus();
  });
  await search(null);

  /** Runs the current state; `history` says whether it becomes a new history entry. */
  async function search(history: 'push' | 'replace' | null): Promise<void> {
    const mine = ++run;
    if (history) {
      const query = writeState(state).toString();
      const next = `${location.pathname}${query ? `?${query}` : ''}`;
      if (next !== `${location.pathname}${location.search}`) window.history[history === 'push' ? 'pushState' : 'replaceState'](null, '', next);
    }
    showState();
    if (!state.q && !hasFilters(state)) {
      pending = [];
      list.replaceChildren();
      more.hidden = true;
      renderFacets(totals);
      status.textContent = 'Type words to search, or pick filters to browse.';
      return;
    }
    list.setAttribute('aria-busy', 'true');
    try {
      const result = await pagefind.search(state.q || null, { filters: pagefindFilters(state), sort: pagefindSort(state) });
      const counts = await facetCounts(result);
      if (mine !== run) return;
      renderFacets(counts);
      pending = result.results;
      list.replaceChildren();
      await showMore(false);
      // Pagefind reports chunks it could not fetch as no results: offline before the index was saved here.
      const unsaved = result.results.length === 0 && (await missingOffline());
      if (mine !== run) return;
      status.textContent = unsaved ? NEEDS_NETWORK : describe(result.results.length);
      performance.mark('sitrep:search-results', { detail: { q: state.q, results: result.results.length } });
    } catch {
      const offline = await missingOffline();
      if (mine === run) status.textContent = offline ? NEEDS_NETWORK : 'Search failed; try again.';
    } finally {
      if (mine === run) list.removeAttribute('aria-busy');
    }
  }

  async function showMore(focusFirstNew: boolean): Promise<void> {
    const mine = run;
    const next = pending.slice(0, PAGE_SIZE);
    pending = pending.slice(PAGE_SIZE);
    const fragments = await Promise.all(next.map((r) => r.data()));
    if (mine !== run) return;
    const items = fragments.map((data) => renderResult(data, state.q));
    list.append(...items);
    more.hidden = pending.length === 0;
    more.textContent = `Show more results (${pending.length} more)`;
    if (focusFirstNew) items[0]?.querySelector('a')?.focus();
  }

  /** Counts per filter value. For a facet whose values are alternatives (year, outlet), a picked value must
   *  not zero the others, so its counts come from the same search without that facet. */
  async function facetCounts(result: PagefindSearch): Promise<FilterCounts> {
    const counts: FilterCounts = { ...result.filters };
    for (const facet of FACETS) {
      if (facet.match !== 'any' || !state.filters[facet.key]?.length) continue;
      const without = { ...state, filters: { ...state.filters, [facet.key]: [] } };
      const other = await pagefind.search(state.q || null, { filters: pagefindFilters(without) });
      counts[facet.key] = other.filters[facet.key] ?? {};
    }
    return counts;
  }

  function renderFacets(counts: FilterCounts): void {
    const focused = document.activeElement instanceof HTMLInputElement && facetsBox.contains(document.activeElement) ? focusKey(document.activeElement) : null;
    facetsBox.replaceChildren(...FACETS.map((facet) => renderFacet(facet, counts[facet.key] ?? {}, totals[facet.key] ?? {}, state.filters[facet.key] ?? [])).filter((f): f is HTMLFieldSetElement => f !== null));
    if (focused) facetsBox.querySelector<HTMLInputElement>(`input[data-focus-key="${CSS.escape(focused)}"]`)?.focus();
    clear.hidden = !hasFilters(state);
  }

  function showState(): void {
    input.value = state.q;
    const relevance = sort.querySelector<HTMLOptionElement>('option[value=relevance]');
    if (relevance) relevance.disabled = !state.q;
    sort.value = state.sort;
    document.title = state.q ? `“${state.q}” · ${baseTitle}` : baseTitle;
  }

  function describe(count: number): string {
    const picked = FACETS.flatMap((f) => (state.filters[f.key]?.length ? [`${f.label}: ${state.filters[f.key]!.join(f.match === 'any' ? ' or ' : ' and ')}`] : []));
    const words = state.q ? ` for “${state.q}”` : '';
    const where = picked.length ? `${words ? ',' : ''} filtered by ${picked.join('; ')}` : '';
    const order = state.sort === 'relevance' ? '' : `, ${state.sort} first`;
    return `${count} ${count === 1 ? 'result' : 'results'}${words}${where}${order}.`;
  }
}

function renderFacet(facet: Facet, counts: Record<string, number>, totals: Record<string, number>, picked: string[]): HTMLFieldSetElement | null {
  const values = Object.keys(totals)
    .filter((value) => (counts[value] ?? 0) > 0 || picked.includes(value))
    .sort(facet.key === 'year' ? (a, b) => b.localeCompare(a) : (a, b) => (totals[b] ?? 0) - (totals[a] ?? 0) || a.localeCompare(b));
  if (values.length === 0) return null;
  const fieldset = document.createElement('fieldset');
  fieldset.className = 'search-facet';
  const legend = document.createElement('legend');
  legend.textContent = facet.label;
  fieldset.append(legend, valueList(values.slice(0, SHOWN_VALUES)));
  const rest = values.slice(SHOWN_VALUES);
  if (rest.length > 0) {
    const details = document.createElement('details');
    details.open = rest.some((v) => picked.includes(v));
    const summary = document.createElement('summary');
    summary.textContent = `${rest.length} more`;
    details.append(summary, valueList(rest));
    fieldset.append(details);
  }
  return fieldset;

  function valueList(items: string[]): HTMLUListElement {
    const ul = document.createElement('ul');
    for (const value of items) {
      const li = document.createElement('li');
      const label = document.createElement('label');
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.name = facet.key;
      box.value = value;
      box.checked = picked.includes(value);
      box.dataset.focusKey = `${facet.key}=${value}`;
      const count = document.createElement('span');
      count.className = 'search-facet-count';
      count.textContent = `(${counts[value] ?? 0})`;
      label.append(box, ` ${value} `, count);
      li.append(label);
      ul.append(li);
    }
    return ul;
  }
}

function focusKey(box: HTMLInputElement): string | null {
  return box.dataset.focusKey ?? null;
}

/** Up and down arrows move between the result links; up from the first goes back to the query. */
function moveBetweenLinks(event: KeyboardEvent, list: HTMLElement, input: HTMLInputElement): void {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const links = [...list.querySelectorAll<HTMLAnchorElement>('a')];
  const index = links.indexOf(document.activeElement as HTMLAnchorElement);
  if (index < 0) return;
  event.preventDefault();
  const next = event.key === 'ArrowDown' ? links[index + 1] : links[index - 1];
  (next ?? (event.key === 'ArrowUp' ? input : links[index]))?.focus();
}

function clean(q: string): string {
  return q.replace(/\s+/g, ' ').trim();
}
