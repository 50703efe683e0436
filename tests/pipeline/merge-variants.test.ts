// Transliteration variants of one person's name: one entity within an article and across articles.
import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/pipeline/ingest.ts';
import { sameVariant } from '../../src/pipeline/merge-variants.ts';
import { parseMdx } from '../helpers/mdx-text.ts';
import type { ArticleFrontMatter } from '../../src/schema/article.ts';

describe('transliteration variants', () => {
  it('tells spellings of one name from different names', () => {
    expect(sameVariant('Shahryar Heydari', 'Shahriar Heidari')).toBe(true);
    expect(sameVariant('Hossein Dehghan', 'Hossein Dehqan')).toBe(true);
    expect(sameVariant('Mohammed Bagheri', 'Mohammad Bagheri')).toBe(true);
    expect(sameVariant('Hassan Nasrallah', 'Hussein Nasrallah')).toBe(false);
    expect(sameVariant('Peter Vance', 'Peter Vaughan')).toBe(false);
  });

  it('gives every spelling of a person one id, within an article and across articles', () => {
    const result = ingest({ inputs: ['tests/fixtures/variants'], contentDir: 'content' });
    const byFile = new Map(result.articles.map((a) => [a.sourceFile.replace(/.*\//, ''), parseMdx(a.mdx).data as unknown as ArticleFrontMatter]));
    const people = (file: string) => byFile.get(file)!.entities.filter((e) => e.type === 'person');
    // "Tehranirad" and "Tehraniraad" in one article, "Tehrani-Rad" in the other: one person throughout.
    expect(people('a.txt')).toHaveLength(1);
    expect(people('b.txt').map((e) => e.id)).toEqual(people('a.txt').map((e) => e.id));
  });
});
