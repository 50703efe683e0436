// The header search box as a combobox (WAI-ARIA pattern, list autocomplete): results appear under the field as
// the reader types; arrows move through them, Enter opens one (or, with none chosen, submits the form to the
// full search page), Escape closes the list, then clears the field. Loaded on the box's first focus, which
// also starts loading the index, so a reader who never searches pays nothing.
import { url } from '../urls.ts';
import { loadPagefind, missingOffline } from './pagefind-client.ts';
import { metaLine, resultHref } from './render-result.ts';

const SHOWN = 6;
const TYPING_PAUSE_MS = 120;

export function enhanceSearchBox(form: HTMLFormElement, input: HTMLInputElement): void {
  const popup = form.querySelector<HTMLElement>('[data-search-popup]')!;
  const listbox = popup.querySelector<HTMLElement>('[role=listbox]')!;
  const status = form.querySelector<HTMLElement>('[data-search-box-status]')!;
  const pagefind = loadPagefind();
  pagefind.catch(() => {
    status.textContent = 'Search is unavailable right now; press Enter to open the search page.';
  });
  let options: HTMLAnchorElement[] = [];
  let active = -1;
  let latest = '';

  input.addEventListener('input', () => void update());
  input.addEventListener('focus', () => {
    if (options.length > 0 && input.value.trim()) open();
  });
  input.addEventListener('keydown', (event) => {
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        if (options.length === 0) return;
        event.preventDefault();
        if (popup.hidden) open();
        const step = event.key === 'ArrowDown' ? 1 : -1;
        choose(active < 0 && step < 0 ? options.length - 1 : (active + step + options.length) % options.length);
        break;
      }
      case 'Enter': {
        const chosen = !popup.hidden ? options[active] : undefined;
        if (!chosen) return; // the form submits to the search page
        event.preventDefault();
        window.location.assign(chosen.href);
        break;
      }
      case 'Escape': {
        if (!popup.hidden) close();
        else if (input.value) input.value = '';
        else input.blur();
        event.preventDefault();
        break;
      }
    }
  });
  // Clicking a result must not blur the field first, or the list would close under the pointer.
  popup.addEventListener('mousedown', (event) => event.preventDefault());
  form.addEventListener('focusout', (event) => {
    if (!form.contains(event.relatedTarget as Node | null)) close();
  });
  if (input.value.trim()) void update();

  async function update(): Promise<void> {
    const q = input.value.replace(/\s+/g, ' ').trim();
    latest = q;
    if (!q) {
      options = [];
      listbox.replaceChildren();
      close();
      status.textContent = '';
      return;
    }
    let search;
    let top;
    try {
      search = await (await pagefind).debouncedSearch(q, {}, TYPING_PAUSE_MS);
      if (!search || q !== latest) return;
      top = await Promise.all(search.results.slice(0, SHOWN).map((r) => r.data()));
    } catch {
      if (q === latest) status.textContent = 'Search is unavailable right now; press Enter to open the search page.';
      return;
    }
    const offline = search.results.length === 0 && (await missingOffline());
    if (q !== latest) return;
    options = top.map((data, i) => {
      const option = optionLink(`site-search-option-${i}`, resultHref(data.url, q));
      option.append(part('search-box-title', data.meta.title ?? data.url), part('search-box-meta', metaLine(data.meta)));
      const excerpt = part('search-box-excerpt', '');
      excerpt.innerHTML = data.excerpt; // Pagefind escapes page text and adds only <mark>
      option.append(excerpt);
      return option;
    });
    const all = optionLink(`site-search-option-${options.length}`, `${url.search()}?${new URLSearchParams({ q })}`);
    all.className = 'search-box-all';
    all.textContent =
      search.results.length > 0
        ? `All ${search.results.length} results for “${q}”`
        : offline
          ? 'Search needs the network until you have searched online once'
          : `No results for “${q}”: open the search page`;
    options.push(all);
    listbox.replaceChildren(...options);
    active = -1;
    input.removeAttribute('aria-activedescendant');
    open();
    status.textContent =
      search.results.length > 0
        ? `${search.results.length} ${search.results.length === 1 ? 'result' : 'results'}. Use the up and down arrows to choose, Enter to open.`
        : all.textContent;
    performance.mark('sitrep:search-box-results', { detail: { q, results: search.results.length } });
  }

  function choose(index: number): void {
    options[active]?.setAttribute('aria-selected', 'false');
    active = index;
    const option = options[active];
    if (!option) return;
    option.setAttribute('aria-selected', 'true');
    input.setAttribute('aria-activedescendant', option.id);
    option.scrollIntoView({ block: 'nearest' });
  }

  function open(): void {
    popup.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  }

  function close(): void {
    popup.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    options[active]?.setAttribute('aria-selected', 'false');
    active = -1;
  }
}

function optionLink(id: string, href: string): HTMLAnchorElement {
  const a = document.createElement('a');
  a.id = id;
  a.href = href;
  a.setAttribute('role', 'option');
  a.setAttribute('aria-selected', 'false');
  a.tabIndex = -1;
  return a;
}

function part(className: string, text: string): HTMLSpanElement {
  const span = document.createElement('span');
  span.className = className;
  span.textContent = text;
  return span;
}
