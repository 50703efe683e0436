// Takes one side's snapshot in a worker thread, so that the base is ingested while the main thread ingests
// the head (on two cores, the diff takes the time of the longer side, not of both). The snapshot is plain
// data (maps, arrays, strings), which crosses threads by structured cloning.
import { Worker, parentPort, workerData, isMainThread } from 'node:worker_threads';
import { takeSnapshot, type Snapshot } from './snapshot.ts';

export function snapshotInWorker(root: string, cacheDir: string | undefined): Promise<Snapshot> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL(import.meta.url), { workerData: { root, cacheDir } });
    let snapshot: Snapshot | null = null;
    worker.once('message', (s: Snapshot) => (snapshot = s));
    worker.once('error', reject);
    worker.once('exit', (code) => (snapshot ? resolve(snapshot) : reject(new Error(`the base's ingestion stopped (exit code ${code}) before it answered`))));
  });
}

if (!isMainThread && parentPort && (workerData as { root?: string } | null)?.root) {
  const { root, cacheDir } = workerData as { root: string; cacheDir: string | undefined };
  parentPort.postMessage(await takeSnapshot(root, cacheDir));
}
