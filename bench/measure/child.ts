// Runs one measured step of the benchmark in a child process (node with report-usage preloaded): wall time,
// CPU time, peak memory, and the child's stdout and stderr. A failed step throws with its output.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export interface Usage {
  wallMs: number;
  cpuMs: number;
  maxRssBytes: number;
  peakHeapBytes: number;
  heapLimitBytes: number;
}

export interface StepResult extends Usage {
  stdout: string;
  stderr: string;
}

const PRELOAD = pathToFileURL(fileURLToPath(new URL('./report-usage.ts', import.meta.url))).href;

/** Runs `node script args`; an exit code other than 0 (or one listed in `allowExit`) throws. */
export async function runNode(script: string, args: string[], options: { cwd: string; env?: Record<string, string>; allowExit?: number[] }): Promise<StepResult> {
  const usageFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'sitrep-usage-')), 'usage.json');
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', PRELOAD, script, ...args], {
    cwd: options.cwd,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', CI: 'true', ...options.env, SITREP_USAGE_FILE: usageFile },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const wallMs = performance.now() - started;
  if (code !== 0 && !(code !== null && options.allowExit?.includes(code))) throw new Error(`${path.basename(script)} ${args.join(' ')} exited with ${code}\n${stdout.slice(-3000)}\n${stderr.slice(-3000)}`);
  const usage = JSON.parse(fs.readFileSync(usageFile, 'utf8')) as Omit<Usage, 'wallMs'>;
  fs.rmSync(path.dirname(usageFile), { recursive: true, force: true });
  return { wallMs, ...usage, stdout, stderr };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}
