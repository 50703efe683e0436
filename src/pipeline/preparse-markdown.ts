// The step before an editor's Markdown is parsed: refuses nesting deeper than any article needs
// (nesting-depth.ts), which would make the parsers' work explode, and escapes HTML openers that are never
// closed (unclosed-html.ts), which would hide the rest of the file. Plain text (.txt) is never parsed as
// Markdown, so it needs neither.
import { measureNesting, MAX_NESTING } from './nesting-depth.ts';
import { escapeUnclosedHtml } from './unclosed-html.ts';
import type { Draft } from './types.ts';

/** Thrown by a transform that has put a fatal error on the draft: the article's remaining steps are skipped. */
export class StopArticle extends Error {}

export function preparseMarkdown(draft: Draft): void {
  if (!draft.sourceFile.endsWith('.md')) return;
  const nesting = measureNesting(draft.text);
  if (nesting.over) {
    const { line, column, what } = nesting.over;
    draft.file.message(`${what} are nested more than ${MAX_NESTING} levels deep here: flatten them (no article needs that many levels)`, {
      place: { line: draft.firstLine + line - 1, column },
      ruleId: 'too-deep',
      source: 'sitrep',
    }).fatal = true;
    throw new StopArticle();
  }
  const escaped = escapeUnclosedHtml(draft.text);
  for (const u of escaped.unclosed) {
    draft.file.message(`${u.opener} is never closed with ${u.closer}, so Markdown would hide everything after it: it is shown as text; close it, or delete it`, {
      place: { line: draft.firstLine + u.line - 1, column: u.column },
      ruleId: 'unclosed-html',
      source: 'sitrep',
    });
  }
  draft.text = escaped.text;
}
