// A worker thread of the ingest pool: loads the knowledge once, then does the batches it is sent, each task
// tagged with its index so the main thread can put results back in input order. Two kinds of work: the
// per-article transforms (bytes in, encoded draft out, see draft-codec.ts) and, after the corpus steps,
// checking and emitting an article (front-matter and blocks in, MDX out).
import { parentPort, workerData } from 'node:worker_threads';
import { loadKnowledge } from './load-knowledge.ts';
import { processArticle } from './process-article.ts';
import { encodeDraft } from './draft-codec.ts';
import { emitArticle, type Emitted } from './emit-article.ts';
import type { PipelineOptions } from './pipeline.ts';
import type { ArticleFrontMatter } from '../schema/article.ts';
import type { Block } from './types.ts';

export interface WorkerSetup {
  contentDir: string;
  cwd: string;
  options: PipelineOptions;
}

export interface ProcessTask {
  index: number;
  bytes: Uint8Array;
  sourceFile: string;
}

export interface EmitTask {
  index: number;
  frontMatter: ArticleFrontMatter;
  blocks: Block[];
}

export type WorkerRequest = { kind: 'process'; tasks: ProcessTask[] } | { kind: 'emit'; tasks: EmitTask[] };
export type ProcessResult = { index: number; encoded: Uint8Array };
export type EmitResult = { index: number; emitted: Emitted };

const setup = workerData as WorkerSetup;
const { knowledge } = loadKnowledge(setup.contentDir, setup.cwd);

parentPort?.on('message', (request: WorkerRequest) => {
  if (request.kind === 'process') {
    const results: ProcessResult[] = request.tasks.map((t) => ({
      index: t.index,
      encoded: encodeDraft(processArticle(t.bytes, t.sourceFile, knowledge, setup.options)),
    }));
    parentPort?.postMessage(results, results.map((r) => r.encoded.buffer as ArrayBuffer));
  } else {
    const results: EmitResult[] = request.tasks.map((t) => ({ index: t.index, emitted: emitArticle(t.frontMatter, t.blocks) }));
    parentPort?.postMessage(results);
  }
});
