// Who the reporting comes from: outlets, authors and wire agencies, each with its number of articles, its
// latest date and the names it appears with.
import { compareDatesDesc } from '../format-date.ts';
import type { ArticleRecord, SourceRow, Sources } from './types.ts';

export function buildSources(articles: ArticleRecord[]): Sources {
  const outlets = new Tally();
  const authors = new Tally();
  const agencies = new Tally();
  let unattributed = 0;
  for (const { data } of articles) {
    if (data.source) outlets.add(data.source, data.date, data.author);
    if (data.author) authors.add(data.author, data.date, data.source);
    if (data.agency) agencies.add(data.agency, data.date, data.source);
    if (!data.source && !data.author && !data.agency) unattributed++;
  }
  return { outlets: outlets.rows(), authors: authors.rows(), agencies: agencies.rows(), unattributed };
}

class Tally {
  private readonly byName = new Map<string, { count: number; latest: string | null; with: Set<string> }>();

  add(name: string, date: string | null, other: string | null): void {
    let row = this.byName.get(name);
    if (!row) this.byName.set(name, (row = { count: 0, latest: null, with: new Set() }));
    row.count++;
    if (compareDatesDesc(date, row.latest) < 0) row.latest = date;
    if (other) row.with.add(other);
  }

  rows(): SourceRow[] {
    return [...this.byName]
      .map(([name, row]) => ({ name, count: row.count, latest: row.latest, with: [...row.with].sort() }))
      .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  }
}
