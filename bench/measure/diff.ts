// `npm run diff` on a pull request that adds one article to an n-article corpus: a git repository with the
// project's knowledge and the corpus as seeds, one commit with n articles and one adding article n + 1 (the
// generator's next article, so the first n are the corpus's own), checked out. A first diff fills the cache;
// the second, measured, is the warm case a pull request's second push or an editor's machine sees.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { writeCorpus } from '../generate/corpus.ts';
import { runNode, type StepResult } from './child.ts';

const KNOWLEDGE = ['topics', 'entities', 'sources.yaml', 'boilerplate.yaml', 'language.yaml', 'site.yaml'];

export interface DiffMeasure {
  cold: { wallMs: number; cpuMs: number };
  warm: { wallMs: number; cpuMs: number; summary: string };
}

export async function measureDiff(options: { root: string; work: string; n: number; seed: string }): Promise<DiffMeasure> {
  const { root, work, n } = options;
  const repo = path.join(work, `diff-repo-${n}`);
  const corpus = path.join(work, `diff-corpus-${n}`);
  const cache = path.join(work, `diff-cache-${n}`);
  fs.rmSync(repo, { recursive: true, force: true });
  const manifest = writeCorpus({ count: n + 1, out: corpus, seed: options.seed });
  for (const name of KNOWLEDGE) fs.cpSync(path.join(root, 'content', name), path.join(repo, 'content', name), { recursive: true });
  fs.mkdirSync(path.join(repo, 'seeds'), { recursive: true });
  const files = manifest.articles.map((a) => a.file);
  const git = (...args: string[]): void => void execFileSync('git', ['-c', 'user.name=Bench', '-c', 'user.email=bench@example.org', ...args], { cwd: repo, stdio: 'ignore' });
  git('init', '-q');
  for (const file of files.slice(0, n)) fs.copyFileSync(path.join(corpus, file), path.join(repo, 'seeds', file));
  git('add', '-A');
  git('commit', '-q', '-m', `${n} articles`);
  const added = files[n] as string;
  fs.copyFileSync(path.join(corpus, added), path.join(repo, 'seeds', added));
  git('add', '-A');
  git('commit', '-q', '-m', 'one article more');
  const script = path.join(root, 'scripts/diff.ts');
  // As the pull request's check runs it: the checkout is the head, the base a commit.
  const run = (): Promise<StepResult> => runNode(script, ['--base', 'HEAD~1'], { cwd: repo, env: { SITREP_CACHE_DIR: cache } });
  const cold = await run();
  const warm = await run();
  const summary = warm.stderr.split('\n').filter((l) => l.startsWith('diff:')).at(-1) ?? '';
  return { cold: { wallMs: cold.wallMs, cpuMs: cold.cpuMs }, warm: { wallMs: warm.wallMs, cpuMs: warm.cpuMs, summary } };
}
