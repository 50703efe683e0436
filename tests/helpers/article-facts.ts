// What the generated articles say, read straight from the MDX and the editors' topic files, for browser tests
// to compute the results a search must give (never copied from what the search code itself produces).
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { parseMdx } from './mdx-text.ts';
import { splitFrontMatter } from '../../src/pipeline/split-front-matter.ts';
import { GENERATED_ARTICLES } from '../../src/paths.ts';

export interface ArticleFacts {
  url: string;
  title: string;
  date: string | null;
  outlet: string | null;
  topics: string[];
  entities: string[];
  speakers: string[];
  /** Title, summary and body text: what a reader can find words in. */
  text: string;
}

interface FrontMatter {
  slug: string;
  title: string;
  date: string | null;
  source: string | null;
  summary: string;
  topics: string[];
  entities: { id: string; name: string }[];
  quotes: { speaker: string | null; speakerId?: string }[];
}

export function topicTitles(): Map<string, string> {
  const dir = 'content/topics';
  return new Map(
    fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.md'))
      .map((f) => [f.slice(0, -3), (parse(splitFrontMatter(fs.readFileSync(path.join(dir, f), 'utf8')).yaml ?? '') as { title: string }).title]),
  );
}

export function articleFacts(): ArticleFacts[] {
  const titles = topicTitles();
  return fs
    .readdirSync(GENERATED_ARTICLES)
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((f) => {
      const mdx = parseMdx(fs.readFileSync(path.join(GENERATED_ARTICLES, f), 'utf8'));
      const data = mdx.data as unknown as FrontMatter;
      const names = new Map(data.entities.map((e) => [e.id, e.name]));
      return {
        url: `/articles/${data.slug}/`,
        title: data.title,
        date: data.date,
        outlet: data.source,
        topics: data.topics.map((t) => titles.get(t) ?? t),
        entities: data.entities.map((e) => e.name),
        speakers: [...new Set(data.quotes.flatMap((q) => (q.speakerId && names.has(q.speakerId) ? [names.get(q.speakerId)!] : [])))],
        text: `${data.title}\n${data.summary}\n${mdx.text}`,
      };
    });
}

/** The value of a facet shared by the most articles but not all, so filtering by it visibly narrows. */
export function narrowingValue(articles: ArticleFacts[], valuesOf: (a: ArticleFacts) => string[]): string {
  const counts = new Map<string, number>();
  for (const a of articles) for (const v of new Set(valuesOf(a))) counts.set(v, (counts.get(v) ?? 0) + 1);
  const ranked = [...counts].sort(([va, a], [vb, b]) => b - a || va.localeCompare(vb));
  const narrowing = ranked.find(([, n]) => n < articles.length) ?? ranked[0];
  if (!narrowing) throw new Error('no article has a value for this facet');
  return narrowing[0];
}
