// Client code of the search page: reads ?q= from the URL, queries Pagefind, renders results as links with
// Pagefind's highlighted excerpt. Runs in the browser only.
interface PagefindResult {
  data(): Promise<{ url: string; excerpt: string; meta: Record<string, string> }>;
}
interface Pagefind {
  search(query: string): Promise<{ results: PagefindResult[] }>;
  init(): Promise<void>;
}

export async function runSearchPage(): Promise<void> {
  const list = document.getElementById('search-results');
  const status = document.getElementById('search-status');
  const input = document.getElementById('search-query') as HTMLInputElement | null;
  if (!list || !status || !input) return;
  const query = new URLSearchParams(location.search).get('q')?.trim() ?? '';
  input.value = query;
  if (!query) return;
  status.textContent = 'Searching…';
  const pagefind = (await import(/* @vite-ignore */ `${list.dataset.pagefindBase}pagefind.js`)) as Pagefind;
  await pagefind.init();
  const search = await pagefind.search(query);
  const results = await Promise.all(search.results.slice(0, 20).map((r) => r.data()));
  list.replaceChildren(
    ...results.map((r) => {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = r.url;
      link.textContent = r.meta.title ?? r.url;
      const excerpt = document.createElement('p');
      excerpt.innerHTML = r.excerpt; // Pagefind escapes page text and adds only <mark>
      item.append(link, excerpt);
      return item;
    }),
  );
  status.textContent = `${search.results.length} ${search.results.length === 1 ? 'result' : 'results'} for “${query}”`;
}
