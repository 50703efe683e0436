// A stable, readable slug from the title (or the editor's slug). Uniqueness across the corpus is settled
// by assign-slugs once every article is known.
import { slug as githubSlug } from 'github-slugger';
import type { Draft } from './types.ts';

const MAX_SLUG = 80;
const STOPWORDS = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'to', 'and', 'for', 'with', 'at', 'by', 's']);

export function makeSlug(draft: Draft): void {
  draft.slug = draft.editor.slug ?? slugify(draft.title ?? '') ?? slugify(draft.sourceFile.replace(/\.\w+$/, '')) ?? 'article';
}

export function slugify(text: string): string | null {
  const words = githubSlug(text.normalize('NFKD').replace(/[\u0300-\u036f]/g, ''))
    .split('-')
    .filter((w) => w !== '' && !STOPWORDS.has(w));
  let slug = '';
  for (const word of words) {
    if (slug.length + word.length + 1 > MAX_SLUG) break;
    slug = slug ? `${slug}-${word}` : word;
  }
  slug = slug.replace(/[^a-z0-9-]/g, '').replace(/-+/g, '-').replace(/^-|-$/g, '');
  return slug || null;
}
