// Ingests input folders and builds the site from them into a work folder, in child processes, exactly as
// `npm run build` does but with every output (generated MDX, dist, Astro's cache) inside the work folder.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export interface BuiltSite {
  generated: string;
  dist: string;
  /** `path:line:col message` lines ingest printed (errors and warnings). */
  messages: string[];
  ingestExit: number | null;
}

export function buildSite(inputs: string[], work: string, options: { timeoutMs?: number } = {}): BuiltSite {
  const generated = path.join(work, 'generated');
  const dist = path.join(work, 'dist');
  fs.mkdirSync(work, { recursive: true });
  const timeout = options.timeoutMs ?? 600_000;
  const ingest = spawnSync(process.execPath, ['scripts/ingest.ts', ...inputs.flatMap((i) => ['--input', i]), '--output', generated], {
    encoding: 'utf8',
    timeout,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (ingest.error) throw ingest.error;
  const build = spawnSync(process.execPath, ['tests/quality/support/astro-build.ts', dist, path.join(work, 'astro-cache')], {
    encoding: 'utf8',
    timeout,
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, SITREP_GENERATED: generated, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  if (build.error) throw build.error;
  if (build.status !== 0) throw new Error(`astro build failed (${build.status}):\n${build.stdout.slice(-4000)}\n${build.stderr.slice(-4000)}`);
  const messages = ingest.stderr.split('\n').filter((l) => /:\d+:\d+ /.test(l));
  return { generated, dist, messages, ingestExit: ingest.status };
}

/** Every file under a folder, relative path → bytes, for byte-for-byte comparison of two builds. */
export function readTree(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const rel of fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    const full = path.join(dir, rel);
    if (fs.statSync(full).isFile()) out.set(rel.split(path.sep).join('/'), fs.readFileSync(full));
  }
  return out;
}
