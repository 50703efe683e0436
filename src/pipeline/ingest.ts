// The ingestion library behind `npm run ingest`: input folders in, one <slug>.mdx per article out. Every
// problem is a positioned message on its file; an article with an error is not written, the others are.
// With a cache folder, articles whose bytes, path, knowledge and pipeline code are unchanged are read back
// from the cache instead of being processed again; `ingestAsync` also shares the work of large runs among
// worker threads. Corpus steps (unique slugs, stories) always run over every article (the stories of a corpus
// seen before are read back, story-cache.ts), so the output is the same, byte for byte, however each
// article's per-article result was obtained.
import fs from 'node:fs';
import path from 'node:path';
import { VFile } from 'vfile';
import { loadKnowledge, type Knowledge } from './load-knowledge.ts';
import { runCorpus, type PipelineOptions } from './pipeline.ts';
import { frontMatterOf } from './emit-mdx.ts';
import { emitArticle, type Emitted } from './emit-article.ts';
import { IngestCache, cacheVersion } from './cache.ts';
import { decodeDraft, encodeDraft } from './draft-codec.ts';
import { processArticle } from './process-article.ts';
import { emptyDraft } from './read-article.ts';
import { WorkerPool, threadsFor } from './worker-pool.ts';
import { realRoots, resolveFile, walkFiles, type Entry } from './safe-files.ts';
import type { EmitResult, EmitTask, ProcessResult, ProcessTask } from './ingest-worker.ts';
import type { Draft } from './types.ts';
import type { ArticleFrontMatter } from '../schema/article.ts';

export interface IngestOptions extends PipelineOptions {
  inputs: string[];
  /** Folder the .mdx files are written to; stale .mdx files in it are removed. Omit to write nothing. */
  output?: string;
  contentDir: string;
  cwd?: string;
  /** Folder of the ingest cache (see cache.ts); omit to process every article. */
  cacheDir?: string;
}

export interface IngestProgress {
  done: number;
  total: number;
  cached: number;
}

export interface AsyncIngestOptions extends IngestOptions {
  /** Worker threads besides the main thread; default: cores - 1 for runs of 400 articles or more, none below. */
  threads?: number;
  onProgress?: (progress: IngestProgress) => void;
}

export interface IngestedArticle {
  slug: string;
  sourceFile: string;
  mdx: string;
  /** What the MDX's front-matter says, and the text of its blocks (for callers that compare briefings). */
  frontMatter: ArticleFrontMatter;
  texts: string[];
}

export interface IngestStats {
  /** Articles run through the per-article transforms in this run. */
  processed: number;
  /** Articles whose per-article result came from the cache. */
  cached: number;
  threads: number;
}

export interface IngestResult {
  articles: IngestedArticle[];
  /** Every file that was read, each with its messages (errors have `fatal: true`). */
  files: VFile[];
  stats: IngestStats;
  /** The knowledge the articles were read with, and its files (for callers that compare or cache runs). */
  knowledge: Knowledge;
  knowledgeFiles: VFile[];
}

export const INPUT_EXTENSIONS = ['.txt', '.md'];

interface Prepared {
  cwd: string;
  knowledge: Knowledge;
  knowledgeFiles: VFile[];
  pipelineOptions: PipelineOptions;
  /** `unreadable`: the whole message for a file that may not be read (a link out of the project, a folder…). */
  inputs: Array<{ sourceFile: string; bytes: Uint8Array; key: string | null; unreadable: string | null }>;
  cache: IngestCache | null;
}

function prepare(options: AsyncIngestOptions): Prepared {
  const { inputs, output: _output, contentDir, cwd: givenCwd, cacheDir, threads: _threads, onProgress: _onProgress, ...pipelineOptions } = options;
  const cwd = givenCwd ?? process.cwd();
  const { knowledge, files: knowledgeFiles } = loadKnowledge(contentDir, cwd);
  const cache = cacheDir ? new IngestCache(path.resolve(cwd, cacheDir), cacheVersion(knowledgeFiles, pipelineOptions)) : null;
  const files = inputs.flatMap((input) => listInputs(path.resolve(cwd, input), cwd));
  return {
    cwd,
    knowledge,
    knowledgeFiles,
    pipelineOptions,
    cache,
    inputs: files.map(({ absolute, real, refused }) => {
      const sourceFile = path.relative(cwd, absolute).split(path.sep).join('/');
      if (real === null) return { sourceFile, bytes: new Uint8Array(), key: null, unreadable: refused ?? 'this file could not be read' };
      try {
        const bytes = fs.readFileSync(real);
        return { sourceFile, bytes, key: cache ? cache.key(bytes, sourceFile) : null, unreadable: null };
      } catch (error) {
        // A broken link or a file without read permission is an error on that file, never a crash.
        return { sourceFile, bytes: new Uint8Array(), key: null, unreadable: `this file could not be read: ${error instanceof Error ? error.message : String(error)}` };
      }
    }),
  };
}

/** Drafts found in the cache, by input index. */
function fromCache(p: Prepared): Map<number, Draft> {
  const hits = new Map<number, Draft>();
  if (!p.cache) return hits;
  p.inputs.forEach((input, index) => {
    if (input.unreadable !== null) return;
    const stored = input.key ? p.cache!.read(input.key) : null;
    if (!stored) return;
    try {
      hits.set(index, decodeDraft(stored));
    } catch {
      // An entry written by another Node or codec version: process the article again.
    }
  });
  return hits;
}

/** Adds an error draft for each input that could not be read; these are never cached or processed. */
function addUnreadable(p: Prepared, drafts: Map<number, Draft>): void {
  p.inputs.forEach((input, index) => {
    if (input.unreadable === null) return;
    const draft = emptyDraft(new VFile({ path: input.sourceFile }), input.sourceFile);
    draft.file.message(input.unreadable!, { place: { line: 1, column: 1 }, ruleId: 'read', source: 'sitrep' }).fatal = true;
    drafts.set(index, draft);
  });
}

/** Ingests synchronously, in this thread. */
export function ingest(options: IngestOptions): IngestResult {
  const p = prepare(options);
  const drafts = fromCache(p);
  const cached = drafts.size;
  addUnreadable(p, drafts);
  let processed = 0;
  p.inputs.forEach((input, index) => {
    if (drafts.has(index)) return;
    processed += 1;
    const draft = processArticle(input.bytes, input.sourceFile, p.knowledge, p.pipelineOptions);
    if (p.cache && input.key) p.cache.write(input.key, encodeDraft(draft));
    drafts.set(index, draft);
  });
  const ordered = inOrder(p, drafts);
  const { good, emits, pending } = beginEmit(p, ordered);
  for (const task of pending) emits.set(task.index, storeEmitted(p, task, emitArticle(task.frontMatter, task.blocks)));
  return complete(p, options, ordered, good, emits, { processed, cached, threads: 0 });
}

/** Ingests with worker threads for large runs, reporting progress as articles complete. */
export async function ingestAsync(options: AsyncIngestOptions): Promise<IngestResult> {
  const p = prepare(options);
  const drafts = fromCache(p);
  const cached = drafts.size;
  addUnreadable(p, drafts);
  const total = p.inputs.length;
  const report = (): void => options.onProgress?.({ done: drafts.size, total, cached });
  report();
  const pending = p.inputs.map((input, index) => ({ index, bytes: input.bytes, sourceFile: input.sourceFile })).filter((t) => !drafts.has(t.index));
  let pool: WorkerPool | null = null;
  const poolFor = (tasks: number): WorkerPool | null => {
    const threads = threadsFor(tasks, options.threads);
    if (threads > 0 && !pool) pool = new WorkerPool(threads, { contentDir: options.contentDir, cwd: p.cwd, options: p.pipelineOptions });
    return threads > 0 ? pool : null;
  };
  try {
    const store = (index: number, draft: Draft, encoded?: Uint8Array): void => {
      const key = p.inputs[index]?.key;
      if (p.cache && key) p.cache.write(key, encoded ?? encodeDraft(draft));
      drafts.set(index, draft);
      report();
    };
    const processHere = (task: ProcessTask): void => store(task.index, processArticle(task.bytes, task.sourceFile, p.knowledge, p.pipelineOptions));
    const processing = poolFor(pending.length);
    if (processing) {
      await processing.run<ProcessTask, ProcessResult>('process', pending, ({ index, encoded }) => store(index, decodeDraft(encoded), encoded), processHere);
    } else {
      for (const task of pending) processHere(task);
    }
    const ordered = inOrder(p, drafts);
    const { good, emits, pending: toEmit } = beginEmit(p, ordered);
    const keys = new Map(toEmit.map((t) => [t.index, t.key]));
    const emitHere = (task: EmitTask): void => void emits.set(task.index, storeEmitted(p, { key: keys.get(task.index) ?? null }, emitArticle(task.frontMatter, task.blocks)));
    const emitting = poolFor(toEmit.length);
    if (emitting) {
      const tasks: EmitTask[] = toEmit.map(({ index, frontMatter, blocks }) => ({ index, frontMatter, blocks }));
      await emitting.run<EmitTask, EmitResult>('emit', tasks, ({ index, emitted }) => emits.set(index, storeEmitted(p, { key: keys.get(index) ?? null }, emitted)), emitHere);
    } else {
      for (const task of toEmit) emitHere(task);
    }
    const threads = (pool as WorkerPool | null)?.size ?? 0;
    return complete(p, options, ordered, good, emits, { processed: pending.length, cached, threads: threads > 0 ? threads + 1 : 0 });
  } finally {
    await (pool as WorkerPool | null)?.close();
  }
}

function inOrder(p: Prepared, byIndex: Map<number, Draft>): Draft[] {
  return p.inputs.map((_, index) => byIndex.get(index) as Draft);
}

/**
 * Runs the corpus steps over the articles without errors, then looks up each article's emitted MDX in the
 * cache by a hash of its front-matter and blocks; the ones not found are returned as tasks.
 */
function beginEmit(p: Prepared, drafts: Draft[]): { good: Draft[]; emits: Map<number, Emitted>; pending: Array<EmitTask & { key: string | null }> } {
  const good = drafts.filter((d) => !hasErrors(d.file));
  runCorpus(good, p.knowledge, p.cache);
  const emits = new Map<number, Emitted>();
  const pending: Array<EmitTask & { key: string | null }> = [];
  good.forEach((draft, index) => {
    const frontMatter = frontMatterOf(draft);
    const key = p.cache ? p.cache.emitKey(JSON.stringify([frontMatter, draft.blocks])) : null;
    const stored = key ? readEmitted(p.cache!.read(key)) : null;
    if (stored) emits.set(index, stored);
    else pending.push({ index, frontMatter, blocks: draft.blocks, key });
  });
  return { good, emits, pending };
}

function readEmitted(bytes: Uint8Array | null): Emitted | null {
  if (!bytes) return null;
  try {
    const value = JSON.parse(Buffer.from(bytes).toString('utf8')) as Emitted;
    return typeof value === 'object' && value !== null && ('mdx' in value || 'issues' in value || 'failed' in value) ? value : null;
  } catch {
    return null;
  }
}

function storeEmitted(p: Prepared, task: { key: string | null }, emitted: Emitted): Emitted {
  if (p.cache && task.key) p.cache.write(task.key, Buffer.from(JSON.stringify(emitted)));
  return emitted;
}

function complete(p: Prepared, options: IngestOptions, drafts: Draft[], good: Draft[], emits: Map<number, Emitted>, stats: IngestStats): IngestResult {
  const articles: IngestedArticle[] = [];
  good.forEach((draft, index) => {
    if (hasErrors(draft.file)) return;
    const emitted = emits.get(index) as Emitted;
    if ('failed' in emitted) {
      draft.file.message(`this article could not be written (a Sitrep bug, please report it with the file attached): ${emitted.failed}`, {
        place: { line: 1, column: 1 },
        ruleId: 'emit',
        source: 'sitrep',
      }).fatal = true;
      return;
    }
    if ('issues' in emitted) {
      for (const issue of emitted.issues) {
        draft.file.message(`generated front-matter is invalid at "${issue.path}": ${issue.message}`, {
          place: { line: 1, column: 1 },
          ruleId: 'contract',
          source: 'sitrep',
        }).fatal = true;
      }
      return;
    }
    articles.push({ slug: draft.slug as string, sourceFile: draft.sourceFile, mdx: emitted.mdx, frontMatter: frontMatterOf(draft), texts: draft.blocks.map((b) => b.text) });
  });
  if (options.output) writeOutput(path.resolve(p.cwd, options.output), articles);
  p.cache?.flush();
  p.cache?.prune();
  return { articles, files: [...p.knowledgeFiles, ...drafts.map((d) => d.file)], stats, knowledge: p.knowledge, knowledgeFiles: p.knowledgeFiles };
}

export function hasErrors(file: VFile): boolean {
  return file.messages.some((m) => m.fatal === true);
}

/**
 * The input files under `target`; links are followed only into the project (`cwd`) or the input folder
 * itself (safe-files.ts), and a refused one is kept with its reason, to be reported on its file.
 */
function listInputs(target: string, cwd: string): Entry[] {
  if (!fs.existsSync(target)) return [];
  const roots = realRoots([cwd, target]);
  const keep = (name: string): boolean => INPUT_EXTENSIONS.includes(path.extname(name)) && name.toLowerCase() !== 'readme.md';
  if (!fs.statSync(target).isDirectory()) return keep(path.basename(target)) ? [resolveFile(target, roots)] : [];
  return walkFiles(target, roots, keep);
}

function writeOutput(dir: string, articles: IngestedArticle[]): void {
  fs.mkdirSync(dir, { recursive: true });
  const keep = new Set(articles.map((a) => `${a.slug}.mdx`));
  for (const name of fs.readdirSync(dir)) if (name.endsWith('.mdx') && !keep.has(name)) fs.rmSync(path.join(dir, name));
  for (const a of articles) {
    const target = path.join(dir, `${a.slug}.mdx`);
    // Unchanged files are left alone so that their mtime, and Astro's content cache, stay valid.
    if (!fs.existsSync(target) || fs.readFileSync(target, 'utf8') !== a.mdx) fs.writeFileSync(target, a.mdx);
  }
}
