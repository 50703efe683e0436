// Stories the change starts, and stories that articles join. A head story descends from the base story
// most of its earlier members were in (a story's id is its earliest article's slug, so ids alone cannot
// say this: an earlier arrival renames the story); its other members join it. A story none of whose
// members were on the site before is new.
import { compareDatesAsc } from '../lib/format-date.ts';
import { refOf, type Pair } from './compare-articles.ts';
import type { Links } from './links.ts';
import type { Snapshot } from './snapshot.ts';
import type { JoinedStory, NewStory } from './types.ts';

export function compareStories(pairs: Pair[], base: Snapshot, links: Links): { new: NewStory[]; joined: JoinedStory[] } {
  const baseSize = new Map<string, number>();
  for (const view of base.articles.values()) baseSize.set(view.data.story, (baseSize.get(view.data.story) ?? 0) + 1);
  const stories = new Map<string, Pair[]>();
  for (const pair of pairs) {
    const list = stories.get(pair.head.data.story);
    if (list) list.push(pair);
    else stories.set(pair.head.data.story, [pair]);
  }
  const created: NewStory[] = [];
  const joined: JoinedStory[] = [];
  for (const [id, members] of [...stories].sort(([a], [b]) => a.localeCompare(b))) {
    const ordered = [...members].sort((x, y) => compareDatesAsc(x.head.data.date, y.head.data.date) || x.head.data.slug.localeCompare(y.head.data.slug));
    const story = { id, url: links.story(id), title: ordered[0]!.head.data.title };
    const parent = parentStory(ordered);
    if (parent === null) {
      created.push({ ...story, articles: ordered.map((p) => refOf(p.head.data, links)), outlets: outletsOf(ordered) });
      continue;
    }
    const stayed = ordered.filter((p) => p.base?.data.story === parent);
    const joining = ordered.filter((p) => p.base?.data.story !== parent);
    if (joining.length === 0) continue;
    joined.push({ ...story, joining: joining.map((p) => refOf(p.head.data, links)), outlets: outletsOf(stayed), before: baseSize.get(parent) ?? stayed.length });
  }
  return { new: created, joined };
}

/** The base story most of the members were in (the earliest member's on a tie), or null for none. */
function parentStory(ordered: Pair[]): string | null {
  const counts = new Map<string, number>();
  for (const p of ordered) if (p.base) counts.set(p.base.data.story, (counts.get(p.base.data.story) ?? 0) + 1);
  let best: string | null = null;
  for (const [story, n] of counts) if (best === null || n > counts.get(best)!) best = story;
  return best;
}

function outletsOf(pairs: Pair[]): string[] {
  return [...new Set(pairs.map((p) => p.head.data.source ?? 'unknown outlet'))].sort((a, b) => a.localeCompare(b));
}
