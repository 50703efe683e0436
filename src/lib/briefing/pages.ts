// Splits a long list into pages of a fixed size, so no page of the site grows with the corpus.
export interface PageOf<T> {
  /** 1-based. */
  number: number;
  count: number;
  items: T[];
  /** 1-based position of the first item in the whole list. */
  first: number;
  total: number;
}

export function pagesOf<T>(items: T[], size: number): PageOf<T>[] {
  const count = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: count }, (_, i) => ({ number: i + 1, count, items: items.slice(i * size, (i + 1) * size), first: i * size + 1, total: items.length }));
}
