// A search that must find a known article: the word of some article's title that the fewest articles use,
// so that the article ranks among the first results however large the corpus is.
import fs from 'node:fs';
import path from 'node:path';
import { parseMdx } from '../helpers/mdx-text.ts';
import { target } from './target.ts';

export function searchProbe(): { query: string; expect: string } {
  const articles = fs
    .readdirSync(target.generated)
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((f) => {
      const { data, text } = parseMdx(fs.readFileSync(path.join(target.generated, f), 'utf8'));
      return { slug: String(data.slug), title: String(data.title), words: new Set(words(`${String(data.title)} ${text}`)) };
    });
  const uses = (word: string) => articles.filter((a) => a.words.has(word)).length;
  let best: { query: string; expect: string; uses: number } | null = null;
  for (const a of articles.slice(0, 50)) {
    for (const word of words(a.title).filter((w) => w.length >= 5)) {
      const n = uses(word);
      if (!best || n < best.uses) best = { query: word, expect: `/articles/${a.slug}/`, uses: n };
    }
  }
  if (!best) throw new Error(`no article with a title word of 5+ letters in ${target.generated}`);
  return { query: best.query, expect: best.expect };
}

function words(text: string): string[] {
  return text.toLowerCase().match(/\p{L}+/gu) ?? [];
}
