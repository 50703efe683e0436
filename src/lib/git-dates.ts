// "Last updated" dates from git history: one `git log` pass over content/ and seeds/ gives the newest commit
// date of every file, read once per build (not one process per article). Outside a git checkout, or with git
// missing, there are no dates and pages show none. A shallow clone knows only its last commit: CI fetches
// the whole history (see .github/workflows/deploy.yml).
import { spawnSync } from 'node:child_process';

let cached: { root: string; dates: CommitDates } | null = null;

interface CommitDates {
  /** The last commit that touched each file. */
  last: Map<string, string>;
  /** The first: when the file entered the briefing. */
  first: Map<string, string>;
}

/** ISO date-times of the last and first commits that touched each file, keyed by path relative to `root`. */
export function commitDates(root: string, paths: string[] = ['content', 'seeds']): CommitDates {
  const run = spawnSync('git', ['log', '--format=%x00%cI', '--name-only', '--relative', '--no-renames', '--', ...paths], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const dates: CommitDates = { last: new Map(), first: new Map() };
  if (run.status !== 0 || typeof run.stdout !== 'string') return dates;
  for (const commit of run.stdout.split('\0')) {
    const [date, ...files] = commit.split('\n').filter((l) => l !== '');
    if (!date) continue;
    // Newest commits come first: the first date seen for a file is its last change, the last its first.
    for (const file of files) {
      if (!dates.last.has(file)) dates.last.set(file, date);
      dates.first.set(file, date);
    }
  }
  return dates;
}

function dates(root: string): CommitDates {
  if (cached?.root !== root) cached = { root, dates: commitDates(root) };
  return cached.dates;
}

/** The last commit date of one file of the project being built, or null. */
export function lastUpdated(sourceFile: string, root: string = process.cwd()): string | null {
  return dates(root).last.get(sourceFile) ?? null;
}

/** When one file of the project was first committed, or null. */
export function firstCommitted(sourceFile: string, root: string = process.cwd()): string | null {
  return dates(root).first.get(sourceFile) ?? null;
}
