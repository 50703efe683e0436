// One representative built page of each type, for browser tests: the largest page of each kind, so the test
// looks at the one with the most on it.
import fs from 'node:fs';
import path from 'node:path';

import { DIST } from '../site/dist.ts';

function largest(dir: string): string {
  const folders = fs.readdirSync(path.join(DIST, dir), { withFileTypes: true }).filter((d) => d.isDirectory());
  const sized = folders
    .map((d) => ({ name: d.name, size: fs.statSync(path.join(DIST, dir, d.name, 'index.html')).size }))
    .sort((a, b) => b.size - a.size || a.name.localeCompare(b.name));
  if (sized.length === 0) throw new Error(`no page under ${dir}/`);
  return `/${dir}/${sized[0]!.name}/`;
}

/** Page type → path on the built site. The search page with results open has its own axe test in search.test.ts. */
export function representativePages(): Record<string, string> {
  return {
    home: '/',
    article: largest('articles'),
    topics: '/topics/',
    topic: largest('topics'),
    entities: '/entities/',
    entity: largest('entities'),
    stories: '/stories/',
    story: largest('stories'),
    timeline: '/timeline/',
    sources: '/sources/',
    notFound: '/404.html',
    search: '/search/',
    offline: '/offline/',
  };
}
