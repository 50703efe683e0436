// Every file an editor may have put under content/ and seeds/, classified by what Sitrep does with it.
import path from 'node:path';
import { realRoots, walkFiles } from '../pipeline/safe-files.ts';

export type FileKind = 'article' | 'topic' | 'entities' | 'sources' | 'boilerplate' | 'language' | 'site' | 'readme' | 'checksums' | 'unknown';

export interface ListedFile {
  /** Path relative to the project root, with forward slashes: how messages name it. */
  path: string;
  /** The real path to read (a link inside the project resolved), or null when `refused`. */
  absolute: string | null;
  kind: FileKind;
  /** Why the file may not be read (a link out of the project, a broken link, a folder): an error on it. */
  refused: string | null;
}

export interface ProjectLayout {
  root: string;
  contentDir: string;
  seedsDir: string;
}

export const ARTICLE_EXTENSIONS = ['.txt', '.md'];

export function listFiles(layout: ProjectLayout): ListedFile[] {
  const out: ListedFile[] = [];
  // The same walk as ingest's (safe-files.ts), so a link ingest would refuse is an error here too.
  const roots = realRoots([layout.root]);
  for (const dir of [layout.contentDir, layout.seedsDir]) {
    for (const entry of walkFiles(path.resolve(layout.root, dir), roots)) {
      const rel = path.relative(layout.root, entry.absolute).split(path.sep).join('/');
      out.push({ path: rel, absolute: entry.real, kind: classify(rel, layout), refused: entry.refused });
    }
  }
  return out.sort((a, b) => a.path.localeCompare(b.path));
}

function classify(rel: string, layout: ProjectLayout): FileKind {
  const name = path.posix.basename(rel);
  if (name.toLowerCase() === 'readme.md') return 'readme';
  // The seeds' checksums, which the tests hold the seeds to (they are kept as received).
  if (rel === `${layout.seedsDir.replace(/\/$/, '')}/SHA256SUMS`) return 'checksums';
  const content = layout.contentDir.replace(/\/$/, '');
  const inside = (folder: string) => rel.startsWith(`${folder}/`);
  const ext = path.posix.extname(name);
  if (inside(layout.seedsDir.replace(/\/$/, '')) || inside(`${content}/articles`)) return ARTICLE_EXTENSIONS.includes(ext) ? 'article' : 'unknown';
  if (path.posix.dirname(rel) === `${content}/topics` && ext === '.md') return 'topic';
  if (path.posix.dirname(rel) === `${content}/entities` && ext === '.yaml') return 'entities';
  if (rel === `${content}/sources.yaml`) return 'sources';
  if (rel === `${content}/boilerplate.yaml`) return 'boilerplate';
  if (rel === `${content}/language.yaml`) return 'language';
  if (rel === `${content}/site.yaml`) return 'site';
  return 'unknown';
}
