// What the diff asks of git: a ref's commit, the files that differ under the content folders, and the
// content of a commit written into a folder. Blobs are read with one `git cat-file --batch`, not by
// checking the commit out, so the working tree and the index are never touched; symbolic links and
// submodules are left out (content is plain files, and a link could point outside the repository).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** The folders whose content makes the briefing, relative to the project root. */
export const CONTENT_ROOTS = ['seeds', 'content'];

const MAX_BUFFER = 1 << 30;

export class GitError extends Error {}

function git(cwd: string, args: string[], input?: string): Buffer {
  try {
    return execFileSync('git', args, { cwd, input, maxBuffer: MAX_BUFFER, stdio: ['pipe', 'pipe', 'pipe'] });
  } catch (error) {
    const stderr = (error as { stderr?: Buffer }).stderr?.toString().trim();
    throw new GitError(`git ${args[0]} failed: ${stderr || (error as Error).message}`);
  }
}

/** The repository's top folder and the project's path inside it ('' or 'sub/dir/'). */
export function locateProject(root: string): { top: string; prefix: string } {
  const top = git(root, ['rev-parse', '--show-toplevel']).toString().trim();
  const prefix = git(root, ['rev-parse', '--show-prefix']).toString().trim();
  return { top, prefix };
}

/** The full commit id a ref names; an unknown ref is an error that says what to pass instead. */
export function resolveCommit(root: string, ref: string): string {
  if (ref.startsWith('-')) throw new GitError(`"${ref}" is not a git ref: pass a branch, tag or commit, e.g. --base origin/main`);
  try {
    return git(root, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]).toString().trim();
  } catch {
    throw new GitError(`"${ref}" names no commit here: pass a branch, tag or commit (fetch it first, e.g. git fetch origin main)`);
  }
}

const pathspecs = (prefix: string): string[] => CONTENT_ROOTS.map((d) => `${prefix}${d}`);

const unprefix = (prefix: string, paths: string[]): string[] =>
  paths.filter((p) => p.startsWith(prefix)).map((p) => p.slice(prefix.length)).sort();

/**
 * Files under the content folders that differ between `base` and `head` (a commit), or between `base` and
 * the working tree when `head` is null, untracked files included; paths relative to the project root.
 */
export function changedFiles(root: string, base: string, head: string | null): string[] {
  const { top, prefix } = locateProject(root);
  const split = (out: Buffer): string[] => out.toString('utf8').split('\0').filter(Boolean);
  const diff = split(git(top, ['diff', '--name-only', '-z', '--no-renames', '--no-ext-diff', base, ...(head ? [head] : []), '--', ...pathspecs(prefix)]));
  const untracked = head ? [] : split(git(top, ['ls-files', '--others', '--exclude-standard', '-z', '--', ...pathspecs(prefix)]));
  return [...new Set(unprefix(prefix, [...diff, ...untracked]))].sort();
}

/** Writes the content folders of `commit` into `into` (the project's layout: into/seeds, into/content). */
export function exportContent(root: string, commit: string, into: string): void {
  const { top, prefix } = locateProject(root);
  const listing = git(top, ['ls-tree', '-r', '-z', '--full-tree', commit, '--', ...pathspecs(prefix)]).toString('utf8');
  const blobs: Array<{ id: string; file: string }> = [];
  for (const entry of listing.split('\0').filter(Boolean)) {
    const tab = entry.indexOf('\t');
    const [mode, type, id] = entry.slice(0, tab).split(' ');
    const file = entry.slice(tab + 1);
    // Regular files only (100644, 100755): no links, no submodules.
    if (type !== 'blob' || !mode?.startsWith('100') || !id || !file.startsWith(prefix)) continue;
    blobs.push({ id, file: file.slice(prefix.length) });
  }
  fs.mkdirSync(into, { recursive: true });
  if (blobs.length === 0) return;
  const out = git(top, ['cat-file', '--batch'], `${blobs.map((b) => b.id).join('\n')}\n`);
  const target = path.resolve(into);
  let at = 0;
  for (const blob of blobs) {
    const header = out.subarray(at, out.indexOf(10, at)).toString('latin1');
    const size = Number(header.split(' ')[2]);
    if (!header.startsWith(blob.id) || !Number.isInteger(size)) throw new GitError(`git cat-file answered "${header}" for ${blob.file}`);
    const start = at + header.length + 1;
    const file = path.resolve(target, blob.file);
    if (!file.startsWith(`${target}${path.sep}`)) throw new GitError(`${blob.file} lies outside the project`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, out.subarray(start, start + size));
    at = start + size + 1;
  }
}
