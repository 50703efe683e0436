// Runs the per-article pipeline on a text, for focused tests of one behaviour.
import { loadKnowledge } from '../../src/pipeline/load-knowledge.ts';
import { readArticle } from '../../src/pipeline/read-article.ts';
import { runArticle, type PipelineOptions } from '../../src/pipeline/pipeline.ts';
import type { Draft } from '../../src/pipeline/types.ts';

export const { knowledge } = loadKnowledge('content');

export function runText(text: string | Uint8Array, options: PipelineOptions = {}, name = 'article.txt'): Draft {
  const draft = readArticle(typeof text === 'string' ? new TextEncoder().encode(text) : text, name);
  runArticle(draft, knowledge, options);
  return draft;
}
