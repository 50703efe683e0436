// "Last updated" dates from git history: one `git log` pass over content/ and seeds/ gives the newest commit
// date of every file, read once per build (not one process per article). Outside a git checkout, or with git
// missing, there are no dates and pages show none. A shallow clone knows only its last commit: CI fetches
// the whole history (see .github/workflows/deploy.yml).
import { spawnSync } from 'node:child_process';

let cached: { root: string; dates: Map<string, string> } | null = null;

/** ISO date-time of the last commit that touched each file, keyed by path relative to `root`. */
export function lastCommitDates(root: string, paths: string[] = ['content', 'seeds']): Map<string, string> {
  const run = spawnSync('git', ['log', '--format=%x00%cI', '--name-only', '--relative', '--no-renames', '--', ...paths], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const dates = new Map<string, string>();
  if (run.status !== 0 || typeof run.stdout !== 'string') return dates;
  for (const commit of run.stdout.split('\0')) {
    const [date, ...files] = commit.split('\n').filter((l) => l !== '');
    // Newest commits come first: the first date seen for a file is its last change.
    if (date) for (const file of files) if (!dates.has(file)) dates.set(file, date);
  }
  return dates;
}

/** The last commit date of one file of the project being built, or null. */
export function lastUpdated(sourceFile: string, root: string = process.cwd()): string | null {
  if (cached?.root !== root) cached = { root, dates: lastCommitDates(root) };
  return cached.dates.get(sourceFile) ?? null;
}
