// Renders many article bodies at once: in this thread for a few, on one worker thread per core for a cold
// build of a large site, where rendering MDX is the loader's main cost (about 2 ms an article). The result
// is the same either way: renderBody is a pure function of its input.
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { renderBody } from './render-body.ts';
import type { RenderTask } from './render-worker.ts';

/** Below this many bodies, starting threads costs more than it saves. */
const MIN_PARALLEL = 200;
const BATCH = 25;

export async function renderBodies(tasks: RenderTask[]): Promise<string[]> {
  const threads = Math.min(os.availableParallelism(), Math.ceil(tasks.length / BATCH));
  if (tasks.length < MIN_PARALLEL || threads < 2) return tasks.map((t) => renderBody(t.body, t.options));
  const out = new Array<string>(tasks.length);
  let next = 0;
  const workers = Array.from({ length: threads }, () => new Worker(new URL('./render-worker.ts', import.meta.url)));
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            let start = 0;
            const send = (): void => {
              if (next >= tasks.length) return resolve();
              start = next;
              next += BATCH;
              worker.postMessage(tasks.slice(start, next));
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
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return out;
}
