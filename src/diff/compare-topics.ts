// Topic counts before and after, and the months in which a topic gets its first article (a new month on
// its timeline). Only topics whose count or months change are listed.
import { monthKey } from '../lib/format-date.ts';
import type { Links } from './links.ts';
import type { Snapshot } from './snapshot.ts';
import type { TopicCount } from './types.ts';

interface Tally {
  count: number;
  months: Set<string>;
}

function tally(snapshot: Snapshot): Map<string, Tally> {
  const byTopic = new Map<string, Tally>();
  for (const { data } of snapshot.articles.values()) {
    for (const topic of data.topics) {
      let t = byTopic.get(topic);
      if (!t) byTopic.set(topic, (t = { count: 0, months: new Set() }));
      t.count++;
      const month = monthKey(data.date);
      if (month) t.months.add(month);
    }
  }
  return byTopic;
}

export function compareTopics(base: Snapshot, head: Snapshot, links: Links): TopicCount[] {
  const before = tally(base);
  const after = tally(head);
  const ids = [...new Set([...before.keys(), ...after.keys()])];
  const title = (id: string): string => head.topics.get(id) ?? base.topics.get(id) ?? id;
  return ids
    .map((topic) => {
      const a = before.get(topic);
      const b = after.get(topic);
      const newMonths = [...(b?.months ?? [])].filter((m) => !a?.months.has(m)).sort();
      return { topic, title: title(topic), url: links.topic(topic), before: a?.count ?? 0, after: b?.count ?? 0, newMonths };
    })
    .filter((t) => t.before !== t.after || t.newMonths.length > 0)
    .sort((x, y) => x.title.localeCompare(y.title));
}
