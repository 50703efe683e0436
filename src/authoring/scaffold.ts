// The file `npm run new -- "Title"` writes: content/articles/<slug>.md named by the same slug the article's
// page will get, with every front-matter key an editor may set, commented out and explained. Never
// overwrites: a taken name gets "-2", "-3" and a `slug:` that matches it.
import fs from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { readableSlug } from '../pipeline/make-slug.ts';

export interface Scaffolded {
  /** Path of the new file, relative to the project root. */
  path: string;
  slug: string;
}

export function scaffoldArticle(root: string, title: string, today = new Date().toISOString().slice(0, 10)): Scaffolded {
  const dir = path.join(root, 'content', 'articles');
  fs.mkdirSync(dir, { recursive: true });
  const base = readableSlug(title) ?? 'new-article';
  let slug = base;
  for (let n = 2; fs.existsSync(path.join(dir, `${slug}.md`)); n++) slug = `${base}-${n}`;
  const file = path.join(dir, `${slug}.md`);
  // The "wx" flag refuses to write over a file that appeared since the check above.
  fs.writeFileSync(file, template(title, slug === base ? null : slug, topicIds(root), today), { flag: 'wx' });
  return { path: path.relative(root, file).split(path.sep).join('/'), slug };
}

function template(title: string, slug: string | null, topics: string[], today: string): string {
  const keys = stringify(slug ? { title, slug } : { title }, { lineWidth: 0 }).trimEnd();
  return `---
${keys}
# Every line below is optional. Sitrep finds these in the text; to set one yourself, delete the "# " in
# front of it. When done, run \`npm run check\`. The editor's guide is CONTRIBUTING.md.
# date: ${today}            # the article's own date: YYYY-MM-DD, YYYY-MM or YYYY
# source: Example News        # the outlet that published it (outlets are in content/sources.yaml)
# author: Jane Doe
# agency: AFP                 # the wire agency, if any
# topics: [${topics[0] ?? 'topic-id'}]            # topics to add: ${topics.join(', ') || 'see content/topics/'}
# removeTopics: []            # topics this article must never get
# story: some-article-slug    # the slug of an article about the same event, to group them
# summary: One to three sentences that sum the article up.
# lang: en                    # the article's language (BCP 47: en, ru, fa, ar, de…), if detection gets it wrong
---
<!-- Write the article below this comment, with a blank line between paragraphs. You may use *italics*,
     **bold** and [links](https://example.org). Then delete this comment. -->
`;
}

function topicIds(root: string): string[] {
  const dir = path.join(root, 'content', 'topics');
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir).filter((n) => n.endsWith('.md')).map((n) => n.slice(0, -3)).sort();
}
