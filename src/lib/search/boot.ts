// The only script on every page, kept tiny: it wires the "/" and Ctrl/Cmd-K shortcuts, loads the
// search box's code (and through it the index) on first focus, loads the highlighter only when a search
// result link brought the reader here, lets Escape dismiss an entity preview, and registers the service
// worker that keeps the site usable offline.
// Imports nothing at load, so it stays one small file; the rest arrives by dynamic import when needed.
const BASE = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;
/** Same as facets.ts HIGHLIGHT_PARAM (the browser tests of highlighting fail if they differ). */
const HIGHLIGHT = 'highlight';

const form = document.querySelector<HTMLFormElement>('form[data-search-box]');
const input = form?.querySelector<HTMLInputElement>('input[name=q]');

document.addEventListener('keydown', (event) => {
  const modified = event.ctrlKey || event.metaKey;
  const shortcut =
    (modified && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'k') ||
    (event.key === '/' && !modified && !event.altKey && !isEditable(event.target));
  if (!shortcut) return;
  // The search page's own field takes the shortcut there.
  const target = document.querySelector<HTMLInputElement>('input[data-search-primary]') ?? input;
  if (!target) return;
  event.preventDefault();
  target.focus();
  target.select();
});

// WCAG 1.4.13: an entity preview, shown by CSS on hover or focus, can be dismissed with Escape without moving
// the pointer or the focus; it comes back once they leave the mention and return.
document.addEventListener('keydown', (event) => {
  if (event.key !== 'Escape') return;
  for (const mention of document.querySelectorAll<HTMLElement>('.mention:hover, .mention:focus-within')) {
    mention.dataset.dismissed = '';
    const restore = (): void => void delete mention.dataset.dismissed;
    mention.addEventListener('mouseleave', restore, { once: true });
    mention.addEventListener('focusout', restore, { once: true });
  }
});

if (form && input) {
  const enhance = () => void import('./search-box.ts').then((box) => box.enhanceSearchBox(form, input));
  input.addEventListener('focus', enhance, { once: true });
  if (document.activeElement === input) enhance();
}

if (new URLSearchParams(location.search).has(HIGHLIGHT)) void import('./highlight.ts').then((h) => h.highlightHits());

// Not under `astro dev` (no sw.js there). MODE, not PROD: a build run by the tests has NODE_ENV=test.
if (import.meta.env.MODE !== 'development' && 'serviceWorker' in navigator) {
  window.addEventListener('load', () => {
    navigator.serviceWorker.register(`${BASE}sw.js`, { scope: BASE }).catch(() => {
      // No offline copy this time (private mode, blocked storage): the site still works online.
    });
  });
}

function isEditable(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}
