// Every file walk over untrusted folders (seeds/, content/) goes through here. Content arrives by pull
// request, so a file may be a symbolic link: it is followed only when its real path (fs.realpathSync, which
// resolves every link on the way, unlike path.resolve) stays inside one of the allowed roots; a link out of
// them, a broken link, a folder where a file belongs or a link loop is a reason, reported on that file.
import fs from 'node:fs';
import path from 'node:path';

export interface Entry {
  /** The path as found in the walk (the link's own path, for a link): how messages name it. */
  absolute: string;
  /** The real path to read, when the entry may be read. */
  real: string | null;
  /** Why the entry may not be read (a link out of the project, a broken link, a folder), or null. */
  refused: string | null;
}

/** Real paths of the roots a link may point into; a root that does not exist is left out. */
export function realRoots(roots: string[]): string[] {
  const out: string[] = [];
  for (const root of roots) {
    try {
      out.push(fs.realpathSync(root));
    } catch {
      // A missing root holds nothing a link could reach.
    }
  }
  return out;
}

function within(real: string, roots: string[]): boolean {
  return roots.some((root) => real === root || real.startsWith(root.endsWith(path.sep) ? root : root + path.sep));
}

/** Resolves one path that should be a regular file. */
export function resolveFile(absolute: string, roots: string[]): Entry {
  let link: fs.Stats;
  try {
    link = fs.lstatSync(absolute);
  } catch (error) {
    return { absolute, real: null, refused: `this file could not be read: ${messageOf(error)}` };
  }
  let real: string;
  try {
    real = fs.realpathSync(absolute);
  } catch (error) {
    const target = link.isSymbolicLink() ? safeReadlink(absolute) : '';
    const why = (error as NodeJS.ErrnoException).code === 'ELOOP' ? 'a loop of links' : `a missing file (${JSON.stringify(target)})`;
    return { absolute, real: null, refused: `this file could not be read: it is a symbolic link to ${why}: replace the link with the file itself, or delete it` };
  }
  if (!within(real, roots)) {
    return { absolute, real: null, refused: 'this file is a symbolic link to a file outside the project, which Sitrep never reads: replace the link with a copy of the file, or delete it' };
  }
  let stat: fs.Stats;
  try {
    stat = fs.statSync(real);
  } catch (error) {
    return { absolute, real: null, refused: `this file could not be read: ${messageOf(error)}` };
  }
  if (stat.isDirectory()) return { absolute, real: null, refused: 'this is a folder where a file is expected: rename the folder, or move its files up' };
  if (!stat.isFile()) return { absolute, real: null, refused: 'this is not a regular file (a device, socket or pipe): delete it' };
  return { absolute, real, refused: null };
}

/**
 * Every file under `dir` (dot files left out) that `keep` accepts by name, sorted; links resolved as above.
 * Folders, links to folders included, are walked once each by real path, so a loop of links ends.
 */
export function walkFiles(dir: string, roots: string[], keep: (name: string) => boolean = () => true): Entry[] {
  const out: Entry[] = [];
  const seen = new Set<string>();
  const visit = (folder: string): void => {
    let real: string;
    try {
      real = fs.realpathSync(folder);
    } catch {
      return;
    }
    if (seen.has(real)) return;
    seen.add(real);
    for (const entry of fs.readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (entry.name.startsWith('.')) continue;
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) {
        visit(full);
        continue;
      }
      if (entry.isSymbolicLink()) {
        const target = linkTargetIsFolder(full);
        if (target === 'folder') {
          if (within(fs.realpathSync(full), roots)) visit(full);
          else if (keep(entry.name)) out.push({ absolute: full, real: null, refused: 'this folder is a symbolic link out of the project, which Sitrep never reads: replace it with a copy, or delete it' });
          continue;
        }
      }
      if (!keep(entry.name)) continue;
      out.push(resolveFile(full, roots));
    }
  };
  if (fs.existsSync(dir)) visit(dir);
  return out.sort((a, b) => (a.absolute < b.absolute ? -1 : a.absolute > b.absolute ? 1 : 0));
}

function linkTargetIsFolder(full: string): 'folder' | 'other' {
  try {
    return fs.statSync(full).isDirectory() ? 'folder' : 'other';
  } catch {
    return 'other';
  }
}

function safeReadlink(file: string): string {
  try {
    return fs.readlinkSync(file);
  } catch {
    return '';
  }
}

function messageOf(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  if (e.code === 'EACCES') return 'permission denied: make it readable';
  if (e.code === 'ENOENT') return 'it does not exist';
  return e.message ?? String(error);
}
