// Preloaded into a measured child process (`node --import`): samples the V8 heap while it runs and, at exit,
// writes the peak heap, peak resident memory and CPU time to the file named by SITREP_USAGE_FILE.
import fs from 'node:fs';
import v8 from 'node:v8';
import { isMainThread } from 'node:worker_threads';

const target = process.env.SITREP_USAGE_FILE;
if (isMainThread && target) {
  let peakHeap = 0;
  const sample = (): void => {
    peakHeap = Math.max(peakHeap, v8.getHeapStatistics().used_heap_size);
  };
  setInterval(sample, 50).unref();
  process.on('exit', () => {
    sample();
    const usage = process.resourceUsage();
    const report = {
      maxRssBytes: usage.maxRSS * 1024,
      peakHeapBytes: peakHeap,
      heapLimitBytes: v8.getHeapStatistics().heap_size_limit,
      cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000,
    };
    fs.writeFileSync(target, JSON.stringify(report));
  });
}
