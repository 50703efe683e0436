// Rule "unknown-outlet" (a warning): an article's `source` or `agency` that is one typo away from a known
// outlet or agency in content/sources.yaml is probably that outlet. A new outlet is allowed: add it there.
import { suggest } from '../pipeline/suggest.ts';
import { report } from './message.ts';
import type { Project } from './project.ts';

export function outletNames(project: Project): void {
  const { outlets, agencies } = project.knowledge.sources;
  const lists = { source: outlets, agency: agencies };
  for (const article of project.articles) {
    if (!article.front) continue;
    for (const key of ['source', 'agency'] as const) {
      const value = article.draft.editor[key];
      if (!value) continue;
      const names = lists[key].flatMap((o) => [o.name, ...o.aliases]);
      if (names.some((n) => n.toLowerCase() === value.toLowerCase())) continue;
      const guess = suggest(value, names);
      if (!guess) continue;
      const list = key === 'source' ? 'outlets' : 'agencies';
      report(
        article.draft.file,
        `"${key}" "${value}" is not in the ${list} of content/sources.yaml: did you mean "${guess}"? (if it is a new one, add it there)`,
        article.front.place([key]),
        'unknown-outlet',
        false,
      );
    }
  }
}
