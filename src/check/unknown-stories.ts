// Rule "unknown-story" (a warning): an article's `story` groups it with others about the same event, so it
// should name an article's slug or a story another article names. One that names neither groups the article
// with nothing, which is usually a typo.
import { suggest } from '../pipeline/suggest.ts';
import { report } from './message.ts';
import type { Project } from './project.ts';

export function unknownStories(project: Project): void {
  const slugs = project.articles.flatMap((a) => (a.draft.slug ? [a.draft.slug] : []));
  for (const article of project.articles) {
    const story = article.draft.editor.story;
    if (!story || !article.front) continue;
    const others = project.articles.filter((a) => a !== article).flatMap((a) => (a.draft.editor.story ? [a.draft.editor.story] : []));
    const known = new Set([...slugs, ...others]);
    if (known.has(story)) continue;
    const guess = suggest(story, known);
    report(
      article.draft.file,
      `"story" "${story}" is no article's slug and no other article's story, so it groups this article with nothing: ${guess ? `did you mean "${guess}"?` : 'use the slug of an article about the same event'}`,
      article.front.place(['story']),
      'unknown-story',
      false,
    );
  }
}
