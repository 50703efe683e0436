// A temporary git repository laid out as a Sitrep project (the project's knowledge under content/, the
// fixtures' articles in content/articles/), with helpers to commit steps of an editor's work.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const FIXTURES = path.resolve('tests/diff/fixtures');
const KNOWLEDGE = ['topics', 'entities', 'sources.yaml', 'boilerplate.yaml', 'language.yaml', 'site.yaml'];

export interface TempRepo {
  root: string;
  git: (...args: string[]) => string;
  /** Copies fixture files into content/articles/ (or removes them) and commits; returns the commit. */
  commit: (message: string, change: { add?: string[]; remove?: string[]; write?: Record<string, string> }) => string;
}

export function tempRepo(prefix: string): TempRepo {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  for (const name of KNOWLEDGE) fs.cpSync(path.resolve('content', name), path.join(root, 'content', name), { recursive: true });
  fs.mkdirSync(path.join(root, 'content/articles'), { recursive: true });
  fs.mkdirSync(path.join(root, 'seeds'));
  const env = { ...process.env, GIT_AUTHOR_NAME: 'Editor', GIT_AUTHOR_EMAIL: 'editor@example.org', GIT_COMMITTER_NAME: 'Editor', GIT_COMMITTER_EMAIL: 'editor@example.org', GIT_CONFIG_NOSYSTEM: '1', HOME: root };
  const git = (...args: string[]): string => execFileSync('git', args, { cwd: root, env, encoding: 'utf8' }).trim();
  git('init', '-q', '-b', 'main');
  return {
    root,
    git,
    commit(message, change) {
      for (const file of change.add ?? []) fs.copyFileSync(path.join(FIXTURES, file), path.join(root, 'content/articles', path.basename(file)));
      for (const file of change.remove ?? []) fs.rmSync(path.join(root, 'content/articles', file));
      for (const [file, text] of Object.entries(change.write ?? {})) fs.writeFileSync(path.join(root, file), text);
      git('add', '-A');
      git('commit', '-q', '-m', message);
      return git('rev-parse', 'HEAD');
    },
  };
}
