// The latest developments for the briefing: the newest articles, one per story at a time, so that a story
// reported by many outlets takes one line, while a story that runs for months can still show its new turns
// (another article of it counts again once it is more than a fortnight, or a month, after the one shown).
import type { ArticleRecord, Story } from './types.ts';

export interface Development {
  article: ArticleRecord;
  story: Story;
}

const DAYS_APART = 14;

export function latestDevelopments(articles: ArticleRecord[], storyById: Map<string, Story>, limit: number): Development[] {
  const shown = new Map<string, string[]>();
  const out: Development[] = [];
  for (const article of articles) {
    if (out.length >= limit) break;
    const story = storyById.get(article.data.story);
    if (!story) continue;
    const dates = shown.get(story.id) ?? [];
    if (dates.some((d) => !apart(d, article.data.date))) continue;
    shown.set(story.id, [...dates, article.data.date ?? '']);
    out.push({ article, story });
  }
  return out;
}

/** Whether two partial dates are far enough apart to be separate developments; undated is never apart. */
function apart(a: string, b: string | null): boolean {
  if (!a || !b) return false;
  if (a.length === 10 && b.length === 10) return Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000 > DAYS_APART;
  return a.slice(0, 7) !== b.slice(0, 7);
}
