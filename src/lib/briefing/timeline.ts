// The timeline: dated articles by year, then by month (newest first), items dated only to the year in their
// own "month unknown" group at the end of the year, undated articles apart. Precision is never rounded up.
import { compareDatesDesc, monthKey } from '../format-date.ts';
import type { ArticleRecord, MonthGroup, Timeline, YearGroup } from './types.ts';

export function buildTimeline(articles: ArticleRecord[]): Timeline {
  const years = new Map<string, Map<string | null, ArticleRecord[]>>();
  const undated: ArticleRecord[] = [];
  for (const article of articles) {
    const date = article.data.date;
    if (!date) {
      undated.push(article);
      continue;
    }
    const year = date.slice(0, 4);
    let months = years.get(year);
    if (!months) years.set(year, (months = new Map()));
    const month = monthKey(date);
    const list = months.get(month);
    if (list) list.push(article);
    else months.set(month, [article]);
  }
  const groups: YearGroup[] = [...years]
    .sort(([a], [b]) => compareDatesDesc(a, b))
    .map(([year, months]) => ({
      year,
      months: [...months]
        .sort(([a], [b]) => compareDatesDesc(a, b))
        .map(([month, list]): MonthGroup => ({ month, articles: list.sort((x, y) => compareDatesDesc(x.data.date, y.data.date) || x.id.localeCompare(y.id)) })),
    }));
  return { years: groups, undated: undated.sort((a, b) => a.data.title.localeCompare(b.data.title)) };
}
