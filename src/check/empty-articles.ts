// Rule "empty-body" (after reading): an article whose body has no text once its Markdown is read — only a
// comment, only removed HTML, only boilerplate — would be published as an empty page.
import { hasErrors } from '../pipeline/ingest.ts';
import { report } from './message.ts';
import type { Project } from './project.ts';

export function emptyArticles(project: Project): void {
  for (const { draft } of project.articles) {
    if (hasErrors(draft.file) || draft.blocks.length > 0) continue;
    report(draft.file, 'the article has no text once read (only comments, removed HTML or boilerplate): write the article text, or delete the file', { line: draft.firstLine, column: 1 }, 'empty-body');
  }
}
