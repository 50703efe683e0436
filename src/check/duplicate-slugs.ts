// Rule "duplicate-slug": two articles must not claim one address. Slugs come from the front-matter `slug`,
// else from the title (given or inferred), so two files whose titles slugify alike collide too. A clash that
// involves an editor's file is an error on that file, pointing at the key to change; two raw seeds that
// clash (the same wire story received twice) are a warning, and the second gets "-2".
import { report, START } from './message.ts';
import type { CheckedArticle, Project } from './project.ts';

export function duplicateSlugs(project: Project): void {
  const bySlug = new Map<string, CheckedArticle[]>();
  for (const article of project.articles) {
    const slug = article.draft.slug;
    if (!slug) continue;
    bySlug.set(slug, [...(bySlug.get(slug) ?? []), article]);
  }
  for (const [slug, group] of bySlug) {
    if (group.length < 2) continue;
    const editorial = group.some((a) => a.editorial);
    group.forEach((article, index) => {
      const others = group.filter((a) => a !== article).map((a) => a.listed.path).join(', ');
      if (article.editorial) {
        const key = article.draft.editor.slug !== undefined ? 'slug' : article.draft.editor.title !== undefined ? 'title' : null;
        const place = key && article.front ? article.front.place([key]) : START;
        const fix = key === 'title' || key === null ? 'change the title or set a different `slug:` in the front-matter' : 'set a different `slug:`';
        report(article.draft.file, `slug "${slug}" is also the slug of ${others}: ${fix}`, place, 'duplicate-slug');
      } else if (!editorial && index > 0) {
        report(
          article.draft.file,
          `slug "${slug}" is also the slug of ${group[0]!.listed.path}; this article will get "${slug}-${index + 1}" (if it is the same article received twice, delete one)`,
          START,
          'duplicate-slug',
          false,
        );
      }
    });
  }
}
