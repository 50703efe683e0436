// The ingest cache: per-article results of the per-article transforms, so that an unchanged article is not
// processed again. An entry's key is the hash of the article's bytes and path, under a version folder whose
// name hashes everything else the result depends on: the pipeline's code (src/pipeline, src/schema), the
// locked dependencies, the Node version, the knowledge under content/ and the options (the reference date
// for resolving years, by default today). Editing a topic or a transform therefore misses every entry, and
// the folders of other versions are removed. Corpus steps (unique slugs, variants) are never cached; the
// stories of a whole corpus are, under a hash of the corpus (story-cache.ts).
// Stored outside git, by default in node_modules/.cache/sitrep/ingest, in a few pack files per version
// (creating thousands of small files cost more than the work they saved); writes are atomic and failures
// to write are ignored (a cache is an optimisation, never a reason to fail).
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
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

/** Entries are kept in this many pack files per version: few files to open, small ones to rewrite. */
const SHARDS = 64;

export class IngestCache {
  readonly dir: string;
  private readonly root: string;
  private readonly version: string;
  private readonly shards = new Map<number, Map<string, Uint8Array>>();
  private readonly dirty = new Set<number>();

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

  read(key: string): Uint8Array | null {
    return this.shard(key).get(key) ?? null;
  }

  /** Keeps an entry; it reaches the disk with `flush`. */
  write(key: string, bytes: Uint8Array): void {
    this.shard(key).set(key, bytes);
    this.dirty.add(shardOf(key));
  }

  /** Writes the packs that changed, each atomically (a reader sees the old pack or the new one). */
  flush(): void {
    for (const index of this.dirty) {
      const target = this.packFile(index);
      const temp = `${target}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
      try {
        fs.mkdirSync(this.dir, { recursive: true });
        fs.writeFileSync(temp, v8.serialize(this.shards.get(index)));
        fs.renameSync(temp, target);
      } catch {
        fs.rmSync(temp, { force: true });
      }
    }
    this.dirty.clear();
  }

  /** Removes the folders of other versions: their entries can never be hit again. */
  prune(): void {
    if (!fs.existsSync(this.root)) return;
    for (const name of fs.readdirSync(this.root)) {
      if (name !== this.version) fs.rmSync(path.join(this.root, name), { recursive: true, force: true });
    }
  }

  private packFile(index: number): string {
    return path.join(this.dir, `${index.toString(16).padStart(2, '0')}.pack`);
  }

  private shard(key: string): Map<string, Uint8Array> {
    const index = shardOf(key);
    let shard = this.shards.get(index);
    if (!shard) {
      shard = readPack(this.packFile(index));
      this.shards.set(index, shard);
    }
    return shard;
  }
}

function shardOf(key: string): number {
  return Number.parseInt(key.slice(-2), 16) % SHARDS;
}

/** A pack file's entries; a missing or unreadable pack is an empty one. */
function readPack(file: string): Map<string, Uint8Array> {
  try {
    const value = v8.deserialize(fs.readFileSync(file)) as unknown;
    return value instanceof Map ? (value as Map<string, Uint8Array>) : new Map();
  } catch {
    return new Map();
  }
}
