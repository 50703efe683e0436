// One article through the per-article transforms, the unit of work that the ingest cache stores and the
// worker threads share out.
import { VFile } from 'vfile';
import type { Knowledge } from './load-knowledge.ts';
import { emptyDraft, readArticle } from './read-article.ts';
import { runArticle, type PipelineOptions } from './pipeline.ts';
import type { Draft } from './types.ts';

export function processArticle(bytes: Uint8Array, sourceFile: string, knowledge: Knowledge, options: PipelineOptions): Draft {
  try {
    const draft = readArticle(bytes, sourceFile);
    if (!draft.file.messages.some((m) => m.fatal === true)) runArticle(draft, knowledge, options);
    return draft;
  } catch (error) {
    // A bug tripped by one article is an error on that article; the others are still written.
    const draft = emptyDraft(new VFile({ path: sourceFile }), sourceFile);
    const reason = error instanceof Error ? error.message : String(error);
    draft.file.message(`this file could not be processed (a Sitrep bug, please report it): ${reason}`, { place: { line: 1, column: 1 }, ruleId: 'internal', source: 'sitrep' }).fatal = true;
    return draft;
  }
}
