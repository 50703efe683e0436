// Turns a Pagefind result into the DOM a reader sees: a titled link, a line of metadata (type, date as
// precise as known, outlet), then either the paragraphs holding the hits, each linking to its anchor, or an
// excerpt. Links carry the query words so the target page can highlight them.
import { formatDate } from '../format-date.ts';
import { HIGHLIGHT_PARAM } from './facets.ts';
import { paragraphHits } from './paragraph-hits.ts';
import type { PagefindFragment } from './pagefind-client.ts';
import { languageName } from '../language-name.ts';

/** The words to highlight: a "quoted phrase" stays whole, other queries split into words. */
export function highlightTerms(q: string): string[] {
  const phrase = /^\s*"(.+)"\s*$/.exec(q);
  if (phrase) return [phrase[1]!.trim()];
  return q.split(/\s+/).filter(Boolean);
}

export function resultHref(pageUrl: string, q: string, hash = ''): string {
  const [path = ''] = pageUrl.split('#');
  const params = new URLSearchParams();
  for (const term of highlightTerms(q)) params.append(HIGHLIGHT_PARAM, term);
  const search = params.toString();
  return `${path}${search ? `${path.includes('?') ? '&' : '?'}${search}` : ''}${hash ? `#${hash}` : ''}`;
}

export function metaLine(meta: PagefindFragment['meta']): string {
  const parts = [meta.type];
  if (meta.type === 'Article') parts.push(formatDate(meta.date ?? null));
  parts.push(meta.outlet);
  if (meta.lang) parts.push(languageName(meta.lang));
  return parts.filter(Boolean).join(' · ');
}

/** One result of the search page, as a list item with a heading of the given level. */
export function renderResult(data: PagefindFragment, q: string, headingLevel = 2): HTMLLIElement {
  const item = el('li', 'search-result');
  const heading = el(`h${headingLevel}`, 'search-result-title');
  const link = el('a');
  link.href = resultHref(data.url, q);
  link.textContent = data.meta.title ?? data.url;
  // An article in another language says so, for screen readers and fonts: its title, paragraphs and excerpt.
  const lang = data.meta.lang;
  const inLanguage = (node: HTMLElement): void => {
    if (!lang) return;
    node.lang = lang;
    if (data.meta.dir) node.dir = data.meta.dir;
  };
  inLanguage(link);
  heading.append(link);
  const meta = el('p', 'search-result-meta');
  meta.textContent = metaLine(data.meta);
  item.append(heading, meta);

  const paragraphs = q ? paragraphHits({ content: data.content, anchors: data.anchors, locations: data.locations }) : [];
  if (paragraphs.length > 0) {
    const list = el('ul', 'search-result-paragraphs');
    list.setAttribute('aria-label', `Matching paragraphs in “${data.meta.title ?? ''}”`);
    inLanguage(list);
    for (const hit of paragraphs) {
      const li = el('li');
      const a = el('a');
      a.href = resultHref(data.url, q, hit.id);
      a.innerHTML = hit.excerpt; // escaped page text, <mark> added by paragraphHits
      li.append(a);
      list.append(li);
    }
    item.append(list);
  } else {
    const excerpt = el('p', 'search-result-excerpt');
    inLanguage(excerpt);
    if (q) excerpt.innerHTML = data.excerpt; // Pagefind escapes page text and adds only <mark>
    else excerpt.textContent = data.meta.summary ?? data.content.slice(0, 200);
    item.append(excerpt);
  }
  return item;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string): HTMLElementTagNameMap[K];
function el(tag: string, className?: string): HTMLElement;
function el(tag: string, className?: string): HTMLElement {
  const node = document.createElement(tag);
  if (className) node.className = className;
  return node;
}
