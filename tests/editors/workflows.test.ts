// The GitHub workflows cannot run here; this keeps them honest: valid YAML, actions pinned to full commit
// SHAs with the release named, and the very commands of .ci/run.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Workflow {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  jobs: Record<string, { steps: Step[]; needs?: string }>;
}

const read = (name: string) => fs.readFileSync(`.github/workflows/${name}`, 'utf8');
const load = (name: string) => parse(read(name), { strict: true, uniqueKeys: true }) as Workflow;
const steps = (w: Workflow) => Object.values(w.jobs).flatMap((j) => j.steps);
/** The npm and bash commands .ci/run runs, one per line. */
const ciCommands = fs
  .readFileSync('.ci/run', 'utf8')
  .split('\n')
  .map((l) => l.trim())
  .filter((l) => /^(?:npm|npx|bash) /.test(l));

describe.each(['check.yml', 'deploy.yml'])('%s', (name) => {
  it('is valid YAML with triggers and jobs', () => {
    const w = load(name);
    expect(Object.keys(w.on).length).toBeGreaterThan(0);
    expect(Object.keys(w.jobs).length).toBeGreaterThan(0);
  });

  it('pins every action to a full commit SHA and names the release in a comment', () => {
    const uses = read(name).split('\n').filter((l) => /^\s*(?:- )?uses:/.test(l));
    expect(uses.length).toBeGreaterThan(1);
    for (const line of uses) expect(line).toMatch(/uses: [\w.-]+\/[\w.-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/);
  });

  it('checks out the whole history, so "last updated" dates are right', () => {
    const checkout = steps(load(name)).find((s) => s.uses?.startsWith('actions/checkout@'));
    expect(checkout?.with?.['fetch-depth']).toBe(0);
  });

  it('runs only commands that .ci/run runs', () => {
    const commands = steps(load(name)).flatMap((s) => (s.run ? [s.run.trim()] : []));
    const project = commands.filter((c) => /^(?:npm|npx|bash) /.test(c));
    expect(project.length).toBeGreaterThan(0);
    for (const c of project) expect(c === 'bash .ci/run' || ciCommands.includes(c), c).toBe(true);
  });
});

describe('the check workflow', () => {
  const w = load('check.yml');

  it('runs on pull requests and pushes', () => {
    expect(Object.keys(w.on).sort()).toEqual(['pull_request', 'push']);
  });

  it('runs .ci/run itself, which installs, checks, tests and builds in that order', () => {
    expect(steps(w).map((s) => s.run)).toContain('bash .ci/run');
    const order = ['npm ci --no-audit --no-fund', 'npm run check', 'npm test', 'npm run build'].map((c) => ciCommands.indexOf(c));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });
});

describe('the deploy workflow', () => {
  const w = load('deploy.yml');

  it('publishes dist/ to GitHub Pages from main', () => {
    expect(w.on.push).toEqual({ branches: ['main'] });
    expect(w.permissions).toMatchObject({ pages: 'write', 'id-token': 'write' });
    const upload = steps(w).find((s) => s.uses?.startsWith('actions/upload-pages-artifact@'));
    expect(upload?.with?.path).toBe('dist');
    expect(steps(w).some((s) => s.uses?.startsWith('actions/deploy-pages@'))).toBe(true);
  });

  it('builds with the site address, base path and repository of the repository it runs in', () => {
    const build = steps(w).find((s) => s.run === 'npm run build');
    expect(Object.keys(build?.env ?? {}).sort()).toEqual(['BASE', 'SITE', 'SITREP_BRANCH', 'SITREP_REPO']);
    expect(build?.env?.BASE).toBe('${{ steps.pages.outputs.base_path }}/');
  });
});
