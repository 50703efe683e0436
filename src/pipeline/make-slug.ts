// A stable, readable slug from the title (or the editor's slug), in Latin letters whatever the script of the
// title: any-ascii transliterates every Unicode script by fixed tables ("Море в Сирии" → "more-v-sirii",
// "हथियार" → "hathiyar"), so the same title gives the same slug on every machine. A slug is never digits
// alone ("35" from "Су-35" before transliteration), never "article", never made from the input path:
// without a usable title it comes from the first sentence, then the entities named, then the text's hash.
// Uniqueness across the corpus is settled by assign-slugs once every article is known.
import anyAscii from 'any-ascii';
import { slug as githubSlug } from 'github-slugger';
import type { Draft } from './types.ts';
import { escapeRegExp } from './clean-boilerplate.ts';

const MAX_SLUG = 80;
const STOPWORDS = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'to', 'and', 'for', 'with', 'at', 'by', 's']);

export function makeSlug(draft: Draft): void {
  draft.slug =
    draft.editor.slug ??
    readableSlug(withEntityNames(draft.title ?? '', draft)) ??
    readableSlug(draft.blocks[0]?.text ?? '') ??
    readableSlug(draft.entities.slice(0, 4).map((e) => e.name).join(' ')) ??
    `text-${hash(draft.text)}`;
}

/**
 * The title with the entities it names in their canonical names, when written in another script: "أوكرانيا
 * تسقط" gives "ukraine-tsqt", not "wkrny-tsqt", since Arabic and Persian script leaves short vowels out.
 */
function withEntityNames(title: string, draft: Draft): string {
  if (!/[^\p{Script=Latin}\P{L}]/u.test(title)) return title;
  const names = new Map(draft.entities.map((e) => [e.id, e.name]));
  const surfaces = new Map<string, string>();
  for (const block of draft.blocks) {
    for (const span of block.spans) {
      if (span.kind !== 'entity') continue;
      const surface = block.text.slice(span.start, span.end);
      const name = names.get(span.id);
      if (name && surface !== name && /[^\p{Script=Latin}\P{L}]/u.test(surface)) surfaces.set(surface, name);
    }
  }
  let out = title;
  // Whole words only: a name inside a longer word ("الإيرانيين") is that word's, not the name's.
  for (const [surface, name] of [...surfaces].sort((a, b) => b[0].length - a[0].length)) {
    out = out.replace(new RegExp(`(?<![\\p{L}\\p{M}])${escapeRegExp(surface)}(?![\\p{L}\\p{M}])`, 'gu'), ` ${name} `);
  }
  return out;
}

/** A slug with at least one letter in it, or null: digits alone name nothing a reader can recognise. */
export function readableSlug(text: string): string | null {
  const slug = slugify(text);
  return slug !== null && /[a-z]/.test(slug) ? slug : null;
}

export function slugify(text: string): string | null {
  const words = githubSlug(anyAscii(text.normalize('NFC')))
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

/** FNV-1a of the text in base 36, prefixed by a word so that it is never digits alone. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}
