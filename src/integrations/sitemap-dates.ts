// <lastmod> for the sitemap: an article page changed when its source file last changed (git history), or,
// outside git, on its own date when it is known to the day. A
// topic or story page, the home page and the timeline changed when the newest of their articles did (entity
// pages have no lastmod: their articles are listed in the part of the front-matter too costly to read here).
// Read from the generated MDX's front-matter, which ingest has written before Astro builds.
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { lastUpdated } from '../lib/git-dates.ts';

interface Facts {
  slug: string;
  date: string | null;
  sourceFile: string;
  topics: string[];
  story: string;
}

// Only the top-level keys needed here are parsed: the front-matter's annotations are most of its bytes,
// and reading all of it took 15 s for 1,000 articles on a busy machine. The generated front-matter is a block
// mapping, so a top-level entry starts at a line that does not start with a space.
const KEYS = new Set(['slug', 'date', 'sourceFile', 'topics', 'story']);
function frontMatter(file: string): Facts | null {
  const text = fs.readFileSync(file, 'utf8');
  const end = text.indexOf('\n---\n', 4);
  if (!text.startsWith('---\n') || end < 0) return null;
  const kept: string[] = [];
  let keep = false;
  for (const line of text.slice(4, end).split('\n')) {
    if (!/^[ \t-]/.test(line)) keep = KEYS.has(line.slice(0, line.indexOf(':')));
    if (keep) kept.push(line);
  }
  return parse(kept.join('\n'), { schema: 'core' }) as Facts;
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
  }
  return dates;
}
