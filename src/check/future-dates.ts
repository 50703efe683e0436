// Rule "future-date": an article cannot be dated after the day the check runs. (A day that does not exist,
// 2023-02-30, is already refused by the front-matter schema, so ingestion refuses it too.)
import { report } from './message.ts';
import type { Project } from './project.ts';

export function futureDates(project: Project): void {
  for (const article of project.articles) {
    const date = article.draft.editor.date;
    if (!date || !article.front) continue;
    // The earliest day the date can mean: "2031" is 2031-01-01.
    const earliest = [date.slice(0, 4), date.slice(5, 7) || '01', date.slice(8, 10) || '01'].join('-');
    if (earliest > project.today) {
      report(article.draft.file, `"date" ${date} is in the future (today is ${project.today}): correct the date`, article.front.place(['date']), 'future-date');
    }
  }
}
