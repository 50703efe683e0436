// <lastmod> for the sitemap: an article page changed when its source file last changed (git history), or,
// outside git, on its own date when it is known to the day. A
// topic or story page, the home page and the timeline changed when the newest of their articles did (entity
// pages have no lastmod: their articles are listed in the part of the front-matter too costly to read here).
// Read from the generated MDX's front-matter (only the keys needed), which ingest has written before Astro builds.
import fs from 'node:fs';
import path from 'node:path';
import { readFrontMatterKeys } from '../lib/read-front-matter-keys.ts';
import { lastUpdated } from '../lib/git-dates.ts';

interface Facts {
  slug: string;
  date: string | null;
  sourceFile: string;
  topics: string[];
  story: string;
}

const KEYS = new Set(['slug', 'date', 'sourceFile', 'topics', 'story']);

/** Site path (without BASE, e.g. "/articles/x/") → lastmod. */
export function pageDates(generatedDir: string, root = process.cwd()): Map<string, string> {
  const dates = new Map<string, string>();
  const newer = (page: string, date: string) => {
    const known = dates.get(page);
    if (!known || date > known) dates.set(page, date);
  };
  if (!fs.existsSync(generatedDir)) return dates;
  for (const name of fs.readdirSync(generatedDir).filter((f) => f.endsWith('.mdx')).sort()) {
    const facts = readFrontMatterKeys<Facts>(path.join(generatedDir, name), KEYS);
    if (!facts) continue;
    // Without git, an article's own date only when it is a whole day: the sitemap writes dates as full
    // date-times, so "2023" would come out as 1 January.
    const date = lastUpdated(facts.sourceFile, root) ?? (facts.date && /^\d{4}-\d\d-\d\d$/.test(facts.date) ? facts.date : null);
    if (!date) continue;
    newer(`/articles/${facts.slug}/`, date);
    for (const page of ['/', '/timeline/', '/topics/', '/stories/', '/entities/', '/sources/', `/stories/${facts.story}/`]) newer(page, date);
    for (const topic of facts.topics) newer(`/topics/${topic}/`, date);
  }
  return dates;
}
