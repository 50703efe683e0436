// Shares the per-article work of a large ingest between the main thread and worker threads, one thread per
// core in all: batches go to whichever thread is free and results come back tagged with their index. The
// main thread takes batches too, so that only cores - 1 extra threads pay for loading the pipeline (about
// 1.5 s of CPU each). The work is a pure function of each task, so which thread ran it never changes the
// output.
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { WorkerRequest, WorkerSetup } from './ingest-worker.ts';

const BATCH = 16;
/** Below this many tasks, a worker's start-up costs more than it saves. */
const MIN_TASKS = 400;

/**
 * Worker threads worth starting, besides the main thread, for `pending` tasks: one per idle core. A core
 * that other processes keep busy (the load average, as `make -l` reads it) gives a worker nothing but its
 * start-up cost, as measured on a 2-core machine shared by several builds.
 */
export function threadsFor(pending: number, requested?: number, load = os.loadavg()[0] ?? 0): number {
  if (requested !== undefined) return Math.max(0, Math.min(requested, Math.ceil(pending / BATCH)));
  if (pending < MIN_TASKS) return 0;
  const idle = Math.round(os.availableParallelism() - load);
  return Math.max(0, Math.min(idle - 1, Math.ceil(pending / BATCH)));
}

export class WorkerPool {
  private readonly workers: Worker[];

  constructor(threads: number, setup: WorkerSetup) {
    this.workers = Array.from({ length: threads }, () => new Worker(new URL('./ingest-worker.ts', import.meta.url), { workerData: setup }));
  }

  get size(): number {
    return this.workers.length;
  }

  /**
   * Runs every task, on the workers and, with `local`, on this thread too (a batch at a time, yielding between
   * batches so that the workers' results are taken in); `onResult` sees each worker result as it comes back.
   */
  async run<Task extends { index: number }, Result>(kind: WorkerRequest['kind'], tasks: Task[], onResult: (result: Result) => void, local?: (task: Task) => void): Promise<void> {
    const queue = tasks.slice();
    const here = async (): Promise<void> => {
      while (local && queue.length > 0) {
        for (const task of queue.splice(0, BATCH)) local(task);
        await new Promise((resolve) => setImmediate(resolve));
      }
    };
    await Promise.all([
      here(),
      ...this.workers.map(
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
    ]);
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
