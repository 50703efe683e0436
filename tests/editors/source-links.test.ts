// "Edit this page" links and "last updated" dates: configured by the environment, read from git in one pass.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repositoryFrom, sourceLink } from '../../src/lib/source-link.ts';
import { commitDates } from '../../src/lib/git-dates.ts';

describe('edit links', () => {
  const repo = repositoryFrom({ SITREP_REPO: 'https://github.com/newsroom/sitrep.git/', SITREP_BRANCH: 'live' });

  it('point an editor\'s file at the host\'s editor on the configured branch', () => {
    expect(sourceLink('content/articles/su-35 jets.md', repo)).toEqual({
      href: 'https://github.com/newsroom/sitrep/edit/live/content/articles/su-35%20jets.md',
      label: 'Edit this page',
    });
  });

  it('point a raw seed at its view page, since seeds are kept as received', () => {
    expect(sourceLink('seeds/001.txt', repo)?.href).toBe('https://github.com/newsroom/sitrep/blob/live/seeds/001.txt');
  });

  it('default to the main branch and are absent without a repository', () => {
    expect(repositoryFrom({ SITREP_REPO: 'https://git.example.org/a/b' })).toEqual({ url: 'https://git.example.org/a/b', branch: 'main' });
    expect(repositoryFrom({})).toBeNull();
    expect(repositoryFrom({ SITREP_REPO: 'not a url' })).toBeNull();
    expect(sourceLink('content/articles/a.md', null)).toBeNull();
  });
});

describe('last updated dates', () => {
  const git = (cwd: string, args: string[], date?: string) => {
    const env = { ...process.env, GIT_AUTHOR_NAME: 'Ed', GIT_AUTHOR_EMAIL: 'ed@example.org', GIT_COMMITTER_NAME: 'Ed', GIT_COMMITTER_EMAIL: 'ed@example.org' };
    const run = spawnSync('git', args, { cwd, encoding: 'utf8', env: date ? { ...env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : env });
    if (run.status !== 0) throw new Error(run.stderr);
  };

  it('give each file the date of the last commit that touched it, paths relative to the project', () => {
    const repoRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'sitrep-git-'));
    const project = path.join(repoRoot, 'site');
    fs.mkdirSync(path.join(project, 'content/articles'), { recursive: true });
    fs.mkdirSync(path.join(project, 'seeds'));
    git(repoRoot, ['init', '-q']);
    fs.writeFileSync(path.join(project, 'content/articles/a.md'), 'first');
    fs.writeFileSync(path.join(project, 'seeds/s.txt'), 'seed');
    git(repoRoot, ['add', '.']);
    git(repoRoot, ['commit', '-qm', 'one'], '2024-01-02T10:00:00+00:00');
    fs.writeFileSync(path.join(project, 'content/articles/a.md'), 'second');
    fs.writeFileSync(path.join(project, 'content/articles/b.md'), 'new');
    git(repoRoot, ['add', '.']);
    git(repoRoot, ['commit', '-qm', 'two'], '2024-03-04T11:00:00+00:00');
    fs.writeFileSync(path.join(project, 'content/articles/uncommitted.md'), 'draft');

    const dates = commitDates(project);
    expect(Object.fromEntries(dates.last)).toEqual({
      'content/articles/a.md': '2024-03-04T11:00:00+00:00',
      'content/articles/b.md': '2024-03-04T11:00:00+00:00',
      'seeds/s.txt': '2024-01-02T10:00:00+00:00',
    });
    // When each file entered the briefing: the feeds' date for an article without a day.
    expect(Object.fromEntries(dates.first)).toEqual({
      'content/articles/a.md': '2024-01-02T10:00:00+00:00',
      'content/articles/b.md': '2024-03-04T11:00:00+00:00',
      'seeds/s.txt': '2024-01-02T10:00:00+00:00',
    });
  });

  it('are absent outside a git checkout', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sitrep-nogit-'));
    expect(commitDates(dir).last.size).toBe(0);
  });
});
