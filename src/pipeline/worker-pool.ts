// Shares the per-article work of a large ingest among worker threads, one per core: batches go to whichever
// worker is free and results come back tagged with their index. The work is a pure function of each task,
// so which thread ran it never changes the output.
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { WorkerRequest, WorkerSetup } from './ingest-worker.ts';

const BATCH = 16;
/** Below this many tasks, starting threads (about 0.3 s each, loading the pipeline) costs more than it saves. */
const MIN_TASKS = 200;

/** Worker threads worth starting for `pending` tasks. */
export function threadsFor(pending: number, requested?: number): number {
  if (requested !== undefined) return Math.max(0, Math.min(requested, Math.ceil(pending / BATCH)));
  if (pending < MIN_TASKS) return 0;
  return Math.min(os.availableParallelism(), Math.ceil(pending / BATCH));
}

export class WorkerPool {
  private readonly workers: Worker[];

  constructor(threads: number, setup: WorkerSetup) {
    this.workers = Array.from({ length: threads }, () => new Worker(new URL('./ingest-worker.ts', import.meta.url), { workerData: setup }));
  }

  get size(): number {
    return this.workers.length;
  }

  /** Runs every task on the pool; `onResult` sees each result as its batch comes back. */
  async run<Task extends { index: number }, Result>(kind: WorkerRequest['kind'], tasks: Task[], onResult: (result: Result) => void): Promise<void> {
    const queue = tasks.slice();
    await Promise.all(
      this.workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const finish = (error?: Error): void => {
              worker.off('message', onMessage);
              worker.off('error', finish);
              worker.off('exit', onExit);
              if (error) reject(error);
              else resolve();
            };
            const next = (): void => {
              const batch = queue.splice(0, BATCH);
              if (batch.length > 0) worker.postMessage({ kind, tasks: batch });
              else finish();
            };
            const onMessage = (results: Result[]): void => {
              for (const r of results) onResult(r);
              next();
            };
            const onExit = (code: number): void => finish(new Error(`an ingest worker stopped with exit code ${code} before its work was done`));
            worker.on('message', onMessage);
            worker.on('error', finish);
            worker.on('exit', onExit);
            next();
          }),
      ),
    );
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
