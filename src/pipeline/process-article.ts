// One article through the per-article transforms, the unit of work that the ingest cache stores and the
// worker threads share out.
import type { Knowledge } from './load-knowledge.ts';
import { readArticle } from './read-article.ts';
import { runArticle, type PipelineOptions } from './pipeline.ts';
import type { Draft } from './types.ts';

export function processArticle(bytes: Uint8Array, sourceFile: string, knowledge: Knowledge, options: PipelineOptions): Draft {
  const draft = readArticle(bytes, sourceFile);
  if (!draft.file.messages.some((m) => m.fatal === true)) runArticle(draft, knowledge, options);
  return draft;
}
