// `npm run check` on small projects, one folder per error class under fixtures/check/<case>/: the case's
// files are laid over a shared base (fixtures/check/_base) and the printed messages must equal the case's
// expected.txt, line for line (exact text and position).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkProject } from '../../src/check/check-project.ts';
import { formatMessages } from '../../src/pipeline/report.ts';
import { FIXTURES, projectFor } from './helpers.ts';

const TODAY = '2026-01-15';
const cases = fs.readdirSync(FIXTURES).filter((name) => !name.startsWith('_')).sort();

function expected(name: string): string[] {
  return fs.readFileSync(path.join(FIXTURES, name, 'expected.txt'), 'utf8').split('\n').filter((l) => l !== '');
}

describe('npm run check', () => {
  it.each(cases)('%s: prints exactly the expected messages', (name) => {
    const { files } = checkProject({ root: projectFor(name), today: TODAY });
    expect(formatMessages(files)).toEqual(expected(name));
  });

  it('exits 1 and prints every problem of every file in one run', () => {
    const run = spawnSync(process.execPath, [path.resolve('scripts/check.ts')], { cwd: projectFor('duplicates'), encoding: 'utf8', timeout: 60_000 });
    expect(run.status).toBe(1);
    const lines = run.stderr.trim().split('\n');
    expect(lines.slice(0, -1).every((l) => /^[^:]+:\d+:\d+ /.test(l))).toBe(true);
    expect(new Set(lines.slice(0, -1).map((l) => l.split(':')[0])).size).toBeGreaterThan(3);
    expect(lines.at(-1)).toMatch(/^check: \d+ files checked in \d+ ms: \d+ errors, \d+ warnings? \(see CONTRIBUTING\.md for the fixes\)$/);
  });

  it('exits 0 on a clean project', () => {
    const run = spawnSync(process.execPath, [path.resolve('scripts/check.ts')], { cwd: projectFor('clean'), encoding: 'utf8', timeout: 60_000 });
    expect(run.stderr).toMatch(/: 0 errors, 0 warnings\n$/);
    expect(run.status).toBe(0);
  });

  it('passes on the project itself', () => {
    const { files } = checkProject({ root: process.cwd() });
    expect(formatMessages(files).filter((l) => !/ warning: /.test(l))).toEqual([]);
  });
});
