// The ingest cache: per-article results of the per-article transforms, so that an unchanged article is not
// processed again. An entry's key is the hash of the article's bytes and path, under a version folder whose
// name hashes everything else the result depends on: the pipeline's code (src/pipeline, src/schema), the
// locked dependencies, the Node version, the knowledge under content/ and the options (the reference date
// for resolving years, by default today). Editing a topic or a transform therefore misses every entry, and
// the folders of other versions are removed. Corpus steps (unique slugs, stories) are never cached.
// Stored outside git, by default in node_modules/.cache/sitrep/ingest; writes are atomic and failures to
// write are ignored (a cache is an optimisation, never a reason to fail).
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { VFile } from 'vfile';
import type { PipelineOptions } from './pipeline.ts';

export const DEFAULT_CACHE_DIR = 'node_modules/.cache/sitrep/ingest';

const SRC = fileURLToPath(new URL('..', import.meta.url));
const CODE_DIRS = ['pipeline', 'schema'];
const LOCK_FILE = path.join(SRC, '..', 'package-lock.json');

let codeHash: string | undefined;

/** Hash of the pipeline's own code and locked dependencies; computed once per process. */
export function pipelineCodeHash(): string {
  if (codeHash) return codeHash;
  const hash = crypto.createHash('sha256');
  for (const dir of CODE_DIRS) {
    const full = path.join(SRC, dir);
    if (!fs.existsSync(full)) continue;
    for (const name of fs.readdirSync(full).sort()) {
      if (!name.endsWith('.ts')) continue;
      hash.update(`${dir}/${name}\0`).update(fs.readFileSync(path.join(full, name))).update('\0');
    }
  }
  if (fs.existsSync(LOCK_FILE)) hash.update(fs.readFileSync(LOCK_FILE));
  hash.update(process.version);
  codeHash = hash.digest('hex');
  return codeHash;
}

/** The version folder for this code, this knowledge and these options. */
export function cacheVersion(knowledgeFiles: VFile[], options: PipelineOptions): string {
  const hash = crypto.createHash('sha256').update(pipelineCodeHash());
  for (const file of [...knowledgeFiles].sort((a, b) => a.path.localeCompare(b.path))) {
    hash.update(`${file.path}\0`).update(String(file.value)).update('\0');
  }
  const reference = (options.referenceDate ?? new Date()).toISOString().slice(0, 10);
  hash.update(JSON.stringify({ ...options, referenceDate: reference }));
  return hash.digest('hex').slice(0, 24);
}

export class IngestCache {
  readonly dir: string;
  private readonly root: string;
  private readonly version: string;

  constructor(root: string, version: string) {
    this.root = root;
    this.version = version;
    this.dir = path.join(root, version);
  }

  key(bytes: Uint8Array, sourceFile: string): string {
    return crypto.createHash('sha256').update(sourceFile).update('\0').update(bytes).digest('hex');
  }

  /** Key of an emitted article: a hash of everything emitting reads (front-matter and blocks, as JSON). */
  emitKey(json: string): string {
    return `e${crypto.createHash('sha256').update(json).digest('hex')}`;
  }

  private file(key: string): string {
    return path.join(this.dir, key.slice(-2), `${key}.bin`);
  }

  read(key: string): Uint8Array | null {
    try {
      return fs.readFileSync(this.file(key));
    } catch {
      return null;
    }
  }

  write(key: string, bytes: Uint8Array): void {
    const target = this.file(key);
    const temp = `${target}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    try {
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(temp, bytes);
      fs.renameSync(temp, target);
    } catch {
      fs.rmSync(temp, { force: true });
    }
  }

  /** Removes the folders of other versions: their entries can never be hit again. */
  prune(): void {
    if (!fs.existsSync(this.root)) return;
    for (const name of fs.readdirSync(this.root)) {
      if (name !== this.version) fs.rmSync(path.join(this.root, name), { recursive: true, force: true });
    }
  }
}
