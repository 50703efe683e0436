// The pull-request comment's workflows cannot run here; this holds them to what makes them safe: pinned
// actions, least permissions (only the commenting job may write, and it runs no code of the pull request),
// and the same artifact, marker and placeholder on both sides. The commenting script itself runs against a
// stand-in `gh` that answers as GitHub's API would.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { MARKER } from '../../src/diff/render-markdown.ts';

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Job {
  if?: string;
  permissions?: Record<string, string>;
  steps: Step[];
}
interface Workflow {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  jobs: Record<string, Job>;
}

const read = (name: string) => fs.readFileSync(`.github/workflows/${name}`, 'utf8');
const load = (name: string) => parse(read(name), { strict: true, uniqueKeys: true }) as Workflow;
const check = load('check.yml');
const comment = load('diff-comment.yml');
const diffJob = check.jobs['briefing-diff']!;
const commentJob = comment.jobs.comment!;
const script = commentJob.steps.find((s) => s.run)!.run!;

describe('the briefing-diff workflows', () => {
  it.each(['check.yml', 'diff-comment.yml', 'deploy.yml'])('%s pins every action to a full commit SHA, naming the release', (name) => {
    for (const line of read(name).split('\n').filter((l) => /^\s*(?:- )?uses:/.test(l))) {
      expect(line).toMatch(/uses: [\w.-]+\/[\w.-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/);
    }
  });

  it('gives write access to one job only: the comment, on pull requests, with nothing else', () => {
    expect(check.permissions).toEqual({ contents: 'read' });
    for (const job of Object.values(check.jobs)) expect(Object.values(job.permissions ?? {})).not.toContain('write');
    expect(comment.permissions).toEqual({});
    expect(commentJob.permissions).toEqual({ actions: 'read', 'pull-requests': 'write' });
  });

  it('runs the diff on the pull request with a read-only token that is not left in the checkout', () => {
    expect(diffJob.if).toBe("github.event_name == 'pull_request'");
    expect(diffJob.permissions).toEqual({ contents: 'read' });
    const checkout = diffJob.steps.find((s) => s.uses?.startsWith('actions/checkout@'));
    expect(checkout?.with).toMatchObject({ 'fetch-depth': 0, 'persist-credentials': false });
    const run = diffJob.steps.map((s) => s.run ?? '').join('\n');
    expect(run).toContain('npm run --silent diff -- --base HEAD^1 --site https://site.invalid/ --json briefing-diff/diff.json > briefing-diff/comment.md');
    const upload = diffJob.steps.find((s) => s.uses?.startsWith('actions/upload-artifact@'));
    expect(upload?.with).toMatchObject({ name: 'briefing-diff', path: 'briefing-diff/' });
  });

  it('comments from workflow_run, never pull_request_target, and checks out nothing', () => {
    expect(comment.on).toEqual({ workflow_run: { workflows: ['check'], types: ['completed'] } });
    for (const name of ['check.yml', 'diff-comment.yml', 'deploy.yml']) expect(Object.keys(load(name).on)).not.toContain('pull_request_target');
    expect(commentJob.if).toBe("github.event.workflow_run.event == 'pull_request'");
    expect(commentJob.steps.every((s) => !s.uses)).toBe(true);
  });

  it('never puts an expression into a script: values reach the shell as environment variables', () => {
    for (const job of [...Object.values(check.jobs), commentJob]) for (const step of job.steps) expect(step.run ?? '').not.toContain('${{');
  });

  it('finds its comment by the marker the Markdown starts with', () => {
    expect(script).toContain(`marker='${MARKER}'`);
  });
});

/** Runs the comment script with a stand-in `gh`; returns what it posted and the API calls it made. */
function post(artifact: { pr: string; markdown: string }, api: { headSha: string; existing: string }, env: Record<string, string> = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sitrep-diff-comment-'));
  const art = path.join(dir, 'artifact');
  fs.mkdirSync(art);
  fs.writeFileSync(path.join(art, 'pr-number'), `${artifact.pr}\n`);
  fs.writeFileSync(path.join(art, 'comment.md'), artifact.markdown);
  const gh = path.join(dir, 'bin', 'gh');
  fs.mkdirSync(path.dirname(gh));
  fs.writeFileSync(
    gh,
    `#!/usr/bin/env bash
echo "$*" >> "${dir}/calls"
case "$*" in
  "run download"*) mkdir -p briefing-diff && cp "${art}"/* briefing-diff/ ;;
  *"/pulls/"*) echo "${api.headSha}" ;;
  *"--paginate"*) echo "${api.existing}" ;;
  *"--method"*) cp body.md "${dir}/posted" ;;
esac
`,
    { mode: 0o755 },
  );
  const work = path.join(dir, 'work');
  fs.mkdirSync(work);
  const result = spawnSync('bash', ['-c', script], {
    cwd: work,
    encoding: 'utf8',
    env: { PATH: `${path.dirname(gh)}:${process.env.PATH}`, GH_TOKEN: 't', REPO: 'owner/sitrep', RUN_ID: '42', HEAD_SHA: 'abc123', SITE_URL: 'https://owner.github.io/sitrep/', PREVIEW_URL: '', ...env },
  });
  const calls = fs.existsSync(path.join(dir, 'calls')) ? fs.readFileSync(path.join(dir, 'calls'), 'utf8').trim().split('\n') : [];
  const posted = fs.existsSync(path.join(dir, 'posted')) ? fs.readFileSync(path.join(dir, 'posted'), 'utf8') : null;
  fs.rmSync(dir, { recursive: true, force: true });
  return { status: result.status, stdout: result.stdout, calls, posted };
}

describe('the comment script', () => {
  const markdown = `${MARKER}\n### What this change does to the briefing\n\n- [A title](https://site.invalid/articles/a-title/)\n`;

  it('posts one new comment with the site address in the links when there is none yet', () => {
    const run = post({ pr: '7', markdown }, { headSha: 'abc123', existing: '' });
    expect(run.status).toBe(0);
    expect(run.calls.at(-1)).toBe('api --method POST repos/owner/sitrep/issues/7/comments -F body=@body.md');
    expect(run.posted).toBe(`${MARKER}\n### What this change does to the briefing\n\n- [A title](https://owner.github.io/sitrep/articles/a-title/)\n`);
  });

  it('updates the comment it posted before instead of adding one, with the preview link when the host has one', () => {
    const run = post({ pr: '7', markdown }, { headSha: 'abc123', existing: '991\n992' }, { PREVIEW_URL: 'https://deploy-preview-{pr}--sitrep.example.app' });
    expect(run.calls.at(-1)).toBe('api --method PATCH repos/owner/sitrep/issues/comments/991 -F body=@body.md');
    expect(run.posted?.split('\n').slice(0, 2)).toEqual([MARKER, 'Preview of this pull request: https://deploy-preview-7--sitrep.example.app']);
  });

  it('cuts a comment too long for GitHub instead of failing', () => {
    const run = post({ pr: '7', markdown: `${markdown}${'- a line of the comment\n'.repeat(4000)}` }, { headSha: 'abc123', existing: '' });
    expect(run.status).toBe(0);
    expect(run.posted!.length).toBeLessThanOrEqual(60_000 + MARKER.length + 1);
    expect(run.posted!.length).toBeGreaterThan(59_000);
  });

  it('posts nothing when the artifact names a pull request whose head is another commit, or no number', () => {
    const other = post({ pr: '8', markdown }, { headSha: 'fff999', existing: '' });
    expect(other.status).toBe(0);
    expect(other.posted).toBeNull();
    expect(other.calls.some((c) => c.includes('--method'))).toBe(false);
    const junk = post({ pr: '7; rm -rf /', markdown }, { headSha: 'abc123', existing: '' });
    expect(junk.status).toBe(1);
    expect(junk.posted).toBeNull();
  });
});
