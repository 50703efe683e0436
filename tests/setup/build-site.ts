// Builds the site once for every site and browser test, exactly as a user does (`npm run build`).
// SITREP_REUSE_DIST=1 reuses an existing dist/ while iterating on tests locally.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

export default function setup(): void {
  if (process.env.SITREP_REUSE_DIST === '1' && fs.existsSync('dist/index.html')) return;
  const run = spawnSync('npm', ['run', 'build'], { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  if (run.status !== 0) {
    throw new Error(`npm run build failed (${run.status}):\n${run.stdout}\n${run.stderr}`);
  }
}
