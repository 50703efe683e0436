// The messages `npm run check` prints for the changed files, in its order (by file, then position). The
// check reads every article, since its rules compare files (duplicate slugs, unknown stories); the ones
// that did not change are read back from the ingest cache the head's ingestion has just filled, and only
// the changed ones are run through the transforms here, exactly as `npm run check` runs them.
import { checkProject } from '../check/check-project.ts';
import { IngestCache } from '../pipeline/cache.ts';
import { decodeDraft } from '../pipeline/draft-codec.ts';
import type { Draft } from '../pipeline/types.ts';
import type { CheckMessage } from './types.ts';

/** `cache`: the ingest cache folder and the version folder the head's drafts are in. */
export function checkChanged(root: string, paths: string[], cache: { dir: string; version: string } | undefined): CheckMessage[] {
  if (paths.length === 0) return [];
  const changed = new Set(paths);
  let draftOf: ((file: string, bytes: Uint8Array) => Draft | null) | undefined;
  if (cache) {
    const packs = new IngestCache(cache.dir, cache.version);
    draftOf = (file, bytes) => {
      if (changed.has(file)) return null;
      const stored = packs.read(packs.key(bytes, file));
      try {
        return stored ? decodeDraft(stored) : null;
      } catch {
        return null;
      }
    };
  }
  const messages: CheckMessage[] = [];
  for (const file of checkProject({ root, draftOf }).files) {
    if (!changed.has(file.path)) continue;
    for (const m of file.messages) {
      messages.push({ path: file.path, line: m.line ?? 1, column: m.column ?? 1, severity: m.fatal ? 'error' : 'warning', message: m.reason });
    }
  }
  return sortMessages(messages);
}

export function sortMessages(messages: CheckMessage[]): CheckMessage[] {
  return [...messages].sort((a, b) => a.path.localeCompare(b.path) || a.line - b.line || a.column - b.column || a.message.localeCompare(b.message));
}
