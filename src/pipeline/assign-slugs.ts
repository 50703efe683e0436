// Makes slugs unique across the corpus. Inputs are processed in sorted path order, so the same corpus
// always gives the same slugs; a clash gets "-2", "-3" and a warning naming both files. An editor's own
// `slug:` that is taken is an error at that key: the editor chose the address, so it is not changed for them.
import { frontMatterPlace } from './front-matter-place.ts';
import type { Draft } from './types.ts';

export function assignSlugs(drafts: Draft[]): void {
  const taken = new Map<string, Draft>();
  for (const draft of drafts) {
    const base = draft.slug ?? 'article';
    let slug = base;
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
    if (slug !== base) {
      const other = taken.get(base)!;
      if (draft.editor.slug !== undefined) {
        draft.file.message(`slug "${base}" is already used by ${other.sourceFile}: set a different \`slug\``, {
          place: frontMatterPlace(draft.file, ['slug']),
          ruleId: 'duplicate-slug',
          source: 'sitrep',
        }).fatal = true;
      } else {
        // Two raw seeds with the same lead (one wire story received twice) are not a mistake.
        draft.file.message(
          `slug "${base}" is already used by ${other.sourceFile}; this article gets "${slug}" (set a different \`slug\` or \`title\` in its front-matter)`,
          { place: { line: 1, column: 1 }, ruleId: 'duplicate-slug', source: 'sitrep' },
        );
      }
    }
    draft.slug = slug;
    taken.set(slug, draft);
  }
}
