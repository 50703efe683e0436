// A worker thread of the loader's render pool: renders the article bodies it is sent with renderBody.
import { parentPort } from 'node:worker_threads';
import { renderBody, type RenderOptions } from './render-body.ts';

export interface RenderTask {
  body: string;
  options: RenderOptions;
}

parentPort?.on('message', (tasks: RenderTask[]) => {
  parentPort?.postMessage(tasks.map((t) => renderBody(t.body, t.options)));
});
