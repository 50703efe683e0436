// <lastmod> for the sitemap: an article page changed when its source file last changed (git history), or,
// outside git, on its own date when it is known to the day. A
// topic, entity or story page, the home page and the timeline changed when the newest of their articles did.
// Read from the generated MDX's front-matter, which ingest has written before Astro builds.
import fs from 'node:fs';
import path from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';
import { splitFrontMatter } from '../pipeline/split-front-matter.ts';
import { lastUpdated } from '../lib/git-dates.ts';

interface Facts {
  slug: string;
  date: string | null;
  sourceFile: string;
  topics: string[];
  entities: Array<{ id: string }>;
  story: string;
}

// Read as the articles' loader reads them (js-yaml, several times faster than `yaml` on this much YAML).
function frontMatter(file: string): Facts | null {
  const split = splitFrontMatter(fs.readFileSync(file, 'utf8'));
  return split.yaml === null ? null : (load(split.yaml, { schema: CORE_SCHEMA }) as Facts);
}

/** Site path (without BASE, e.g. "/articles/x/") → lastmod. */
export function pageDates(generatedDir: string, root = process.cwd()): Map<string, string> {
  const dates = new Map<string, string>();
  const newer = (page: string, date: string) => {
    const known = dates.get(page);
    if (!known || date > known) dates.set(page, date);
  };
  if (!fs.existsSync(generatedDir)) return dates;
  for (const name of fs.readdirSync(generatedDir).filter((f) => f.endsWith('.mdx')).sort()) {
    const facts = frontMatter(path.join(generatedDir, name));
    if (!facts) continue;
    // Without git, an article's own date only when it is a whole day: the sitemap writes dates as full
    // date-times, so "2023" would come out as 1 January.
    const date = lastUpdated(facts.sourceFile, root) ?? (facts.date && /^\d{4}-\d\d-\d\d$/.test(facts.date) ? facts.date : null);
    if (!date) continue;
    newer(`/articles/${facts.slug}/`, date);
    for (const page of ['/', '/timeline/', '/topics/', '/stories/', '/entities/', '/sources/', `/stories/${facts.story}/`]) newer(page, date);
    for (const topic of facts.topics) newer(`/topics/${topic}/`, date);
    for (const entity of facts.entities) newer(`/entities/${entity.id}/`, date);
  }
  return dates;
}
