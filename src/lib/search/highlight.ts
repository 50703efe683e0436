// Highlights the searched words on the page a result link opened (?highlight=word&highlight=word), with
// Pagefind's highlighter (mark.js inside). Punctuation is ignored so "s400" and "S-400" match alike; the
// styles live in our CSS, so no inline <style> is injected (a strict CSP stays possible).
import { url } from '../urls.ts';
import { HIGHLIGHT_PARAM } from './facets.ts';

interface PagefindHighlightOptions {
  highlightParam: string;
  addStyles: boolean;
  markOptions: { className: string; exclude: string[]; ignorePunctuation: string[] };
}

const PUNCTUATION = [...':;.,-–—‒_(){}[]!\'"+=“”‘’'];
export const HIT_CLASS = 'search-hit';

export async function highlightHits(): Promise<void> {
  const terms = new URLSearchParams(location.search).getAll(HIGHLIGHT_PARAM).filter((t) => t.trim());
  if (terms.length === 0) return;
  const module = (await import(/* @vite-ignore */ url.asset('pagefind/pagefind-highlight.js'))) as {
    default: new (options: PagefindHighlightOptions) => unknown;
  };
  new module.default({
    highlightParam: HIGHLIGHT_PARAM,
    addStyles: false,
    markOptions: { className: HIT_CLASS, exclude: ['[data-pagefind-ignore]', '[data-pagefind-ignore] *'], ignorePunctuation: PUNCTUATION },
  });
  // A paragraph link (#p5) already scrolled there; a page link scrolls to the first hit.
  if (!location.hash) document.querySelector(`mark.${HIT_CLASS}`)?.scrollIntoView({ block: 'center' });
}
