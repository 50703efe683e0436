// Preloaded into a measured child process (`node --import`): samples the V8 heap while it runs and, at exit,
// writes the peak heap, peak resident memory and CPU time (all threads, and finished child processes) to the
// file named by SITREP_USAGE_FILE.
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
      cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000 + childrenCpuMs(),
    };
    fs.writeFileSync(target, JSON.stringify(report));
  });
}

/**
 * CPU time of this process's finished children (Pagefind's indexer is a separate binary), from Linux's
 * /proc/self/stat in clock ticks (USER_HZ, 100 on Linux); 0 elsewhere.
 */
function childrenCpuMs(): number {
  try {
    const stat = fs.readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // After the command come state (3rd field of the line) …; cutime and cstime are fields 16 and 17.
    return (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    return 0;
  }
}
