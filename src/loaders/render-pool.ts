// Renders many article bodies at once: in this thread for a few, and for a cold build of a large site, where
// rendering MDX is the loader's main cost (about 2 ms an article), on this thread and a worker per other
// idle core (a core other processes keep busy gives a worker nothing but its start-up cost). The result is
// the same either way: renderBody is a pure function of its input.
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { renderBody } from './render-body.ts';
import type { RenderTask } from './render-worker.ts';

/** Below this many bodies, starting a thread costs more than it saves. */
const MIN_PARALLEL = 200;
const BATCH = 25;

export async function renderBodies(tasks: RenderTask[]): Promise<string[]> {
  const idle = Math.round(os.availableParallelism() - (os.loadavg()[0] ?? 0));
  const threads = Math.min(idle - 1, Math.ceil(tasks.length / BATCH) - 1);
  if (tasks.length < MIN_PARALLEL || threads < 1) return tasks.map((t) => renderBody(t.body, t.options));
  const out = new Array<string>(tasks.length);
  let next = 0;
  const take = (): [number, number] => {
    const start = next;
    next = Math.min(tasks.length, next + BATCH);
    return [start, next];
  };
  const here = async (): Promise<void> => {
    while (next < tasks.length) {
      const [start, end] = take();
      for (let i = start; i < end; i++) out[i] = renderBody(tasks[i]!.body, tasks[i]!.options);
      await new Promise((resolve) => setImmediate(resolve));
    }
  };
  const workers = Array.from({ length: threads }, () => new Worker(new URL('./render-worker.ts', import.meta.url)));
  try {
    await Promise.all([
      here(),
      ...workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            let start = 0;
            const send = (): void => {
              if (next >= tasks.length) return resolve();
              const [from, end] = take();
              start = from;
              worker.postMessage(tasks.slice(from, end));
            };
            worker.on('message', (html: string[]) => {
              html.forEach((h, i) => (out[start + i] = h));
              send();
            });
            worker.on('error', reject);
            worker.on('exit', (code) => reject(new Error(`a render worker stopped with exit code ${code}`)));
            send();
          }),
      ),
    ]);
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return out;
}
