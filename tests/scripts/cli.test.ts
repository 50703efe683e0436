// Every script answers a mistyped option with what is wrong and its usage line (exit 2), never a stack
// trace, and --help with the usage (exit 0).
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const SCRIPTS = ['ingest', 'check', 'new-article', 'corpus', 'eval', 'bench'];
const run = (script: string, arg: string) => spawnSync(process.execPath, [`scripts/${script}.ts`, arg], { encoding: 'utf8', timeout: 60_000 });

describe.each(SCRIPTS)('scripts/%s.ts', (script) => {
  it('names an unknown option and prints the usage, exit 2, no stack trace', () => {
    const result = run(script, '--no-such-option');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("Unknown option '--no-such-option'");
    expect(result.stderr).toMatch(/^usage: npm run /m);
    expect(result.stderr).not.toMatch(/^\s+at /m);
  });

  it('prints the usage for --help, exit 0', () => {
    const result = run(script, '--help');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^usage: npm run /m);
  });
});
