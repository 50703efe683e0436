// `npm run diff`'s library: the briefing at a base commit against the briefing at a head commit (or the
// working tree), compared as a reader would see them, with the check's messages on the changed files.
// Both sides are ingested by this checkout's pipeline, so the diff shows what the content change does.
// The base's content is read from git into a temporary folder; the ingest cache serves every article the
// two sides share (when a change edits the knowledge under content/, the base keeps a cache of its own,
// since the cache keeps one version per folder).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkChanged } from './check-changed.ts';
import { compareArticles } from './compare-articles.ts';
import { compareEntities } from './compare-entities.ts';
import { newClaims, newQuotes } from './compare-statements.ts';
import { compareStories } from './compare-stories.ts';
import { compareTopics } from './compare-topics.ts';
import { changedFiles, exportContent, resolveCommit } from './git-tree.ts';
import { linksFor, siteFromEnv } from './links.ts';
import { takeSnapshot, type Snapshot } from './snapshot.ts';
import { snapshotInWorker } from './snapshot-worker.ts';
import type { DiffReport } from './types.ts';

export interface DiffOptions {
  /** The project folder (inside a git repository). */
  root: string;
  base: string;
  /** A ref, or null for the working tree. */
  head: string | null;
  /** Where the site will be served (origin and base path); default from SITE and BASE. */
  site?: string;
  /** The ingest cache folder; omit to process every article. */
  cacheDir?: string;
  /** Ingest the base in a worker thread beside the head; default: when a core is idle. */
  parallel?: boolean;
}

export interface DiffStats {
  base: Snapshot['stats'] | null;
  head: Snapshot['stats'] | null;
  /** Wall time of the check on the changed files. */
  checkMs: number;
  totalMs: number;
}

export async function runDiff(options: DiffOptions): Promise<{ report: DiffReport; stats: DiffStats }> {
  const started = performance.now();
  const stats: DiffStats = { base: null, head: null, checkMs: 0, totalMs: 0 };
  const done = (report: DiffReport) => ({ report, stats: { ...stats, totalMs: Math.round(performance.now() - started) } });
  const root = path.resolve(options.root);
  const links = linksFor(options.site ?? siteFromEnv());
  const baseCommit = resolveCommit(root, options.base);
  const headCommit = options.head === null ? null : resolveCommit(root, options.head);
  const files = changedFiles(root, baseCommit, headCommit);
  const report = emptyReport(options, baseCommit, headCommit, files);
  // Same content, same briefing: both sides run the same pipeline.
  if (files.length === 0) return done(report);

  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'sitrep-diff-'));
  try {
    const baseRoot = path.join(work, 'base');
    exportContent(root, baseCommit, baseRoot);
    let headRoot = root;
    if (headCommit) {
      headRoot = path.join(work, 'head');
      exportContent(root, headCommit, headRoot);
    }
    const present = files.filter((f) => fs.existsSync(path.join(headRoot, f)));
    const knowledgeChanged = files.some((f) => f.startsWith('content/') && !f.startsWith('content/articles/'));
    const cache = options.cacheDir ? path.resolve(root, options.cacheDir) : undefined;
    // With a core to spare, the base in a worker thread while the head is ingested here (a worker costs
    // a second or so of CPU to load the pipeline, which a busy machine pays in wall time: measured at load
    // average 10 on 2 cores, 5.8 s CPU and 13 s wall in one thread, 8.4 s and 36 s in two). When both write
    // the same cache folder (a cold run), one side's new entries may be lost to the other's write: a
    // later run redoes them.
    const baseCache = cache && knowledgeChanged ? `${cache}-base` : cache;
    const idle = Math.round(os.availableParallelism() - (os.loadavg()[0] ?? 0));
    const basing = (options.parallel ?? idle >= 2) ? snapshotInWorker(baseRoot, baseCache) : null;
    const head = await takeSnapshot(headRoot, cache);
    const base = basing ? await basing : await takeSnapshot(baseRoot, baseCache);
    stats.base = base.stats;
    stats.head = head.stats;
    const articles = compareArticles(base, head, links);
    const { pairs, ...listed } = articles;
    report.articles = listed;
    report.stories = compareStories(pairs, base, links);
    report.entities = compareEntities(base, head, links);
    report.quotes = newQuotes(pairs, links);
    report.claims = newClaims(pairs, head.topics, links);
    report.topics = compareTopics(base, head, links);
    const checkStarted = performance.now();
    const messages = checkChanged(headRoot, present, cache ? { dir: cache, version: head.cacheVersion } : undefined);
    stats.checkMs = Math.round(performance.now() - checkStarted);
    report.check = { errors: messages.filter((m) => m.severity === 'error').length, warnings: messages.filter((m) => m.severity === 'warning').length, messages };
    report.changed = briefingChanged(report);
    return done(report);
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

function briefingChanged(r: DiffReport): boolean {
  const { added, removed, changed, failing } = r.articles;
  return [added, removed, changed, failing, r.stories.new, r.stories.joined, r.entities.firstNamed, r.entities.roleChanged, r.entities.noLongerNamed, r.quotes, r.claims, r.topics].some((list) => list.length > 0);
}

/** A report of no change, to be filled in. */
export function emptyReport(options: DiffOptions, base: string, head: string | null, files: string[]): DiffReport {
  return {
    base: { ref: options.base, commit: base },
    head: { ref: options.head ?? 'working tree', commit: head },
    changed: false,
    files,
    articles: { added: [], removed: [], changed: [], failing: [] },
    stories: { new: [], joined: [] },
    entities: { firstNamed: [], roleChanged: [], noLongerNamed: [] },
    quotes: [],
    claims: [],
    topics: [],
    check: { errors: 0, warnings: 0, messages: [] },
  };
}
