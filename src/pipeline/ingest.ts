// The ingestion library behind `npm run ingest`: input folders in, one <slug>.mdx per article out. Every
// problem is a positioned message on its file; an article with an error is not written, the others are.
import fs from 'node:fs';
import path from 'node:path';
import { VFile } from 'vfile';
import { loadKnowledge, type Knowledge } from './load-knowledge.ts';
import { emptyDraft, readArticle } from './read-article.ts';
import { runArticle, runCorpus, type PipelineOptions } from './pipeline.ts';
import { emitMdx, frontMatterOf } from './emit-mdx.ts';
import { articleSchema } from '../schema/article.ts';
import type { Draft } from './types.ts';

export interface IngestOptions extends PipelineOptions {
  inputs: string[];
  /** Folder the .mdx files are written to; stale .mdx files in it are removed. Omit to write nothing. */
  output?: string;
  contentDir: string;
  cwd?: string;
}

export interface IngestedArticle {
  slug: string;
  sourceFile: string;
  mdx: string;
}

export interface IngestResult {
  articles: IngestedArticle[];
  /** Every file that was read, each with its messages (errors have `fatal: true`). */
  files: VFile[];
}

export const INPUT_EXTENSIONS = ['.txt', '.md'];

export function ingest(options: IngestOptions): IngestResult {
  const cwd = options.cwd ?? process.cwd();
  const { knowledge, files: knowledgeFiles } = loadKnowledge(options.contentDir, cwd);
  const paths = options.inputs.flatMap((input) => listInputs(path.resolve(cwd, input)));
  const drafts = paths.map((absolute) => {
    const relative = path.relative(cwd, absolute).split(path.sep).join('/');
    const draft = readSafely(absolute, relative);
    if (!hasErrors(draft.file)) runArticle(draft, knowledge, options);
    return draft;
  });
  const articles = finish(drafts, knowledge);
  if (options.output) writeOutput(path.resolve(cwd, options.output), articles);
  return { articles, files: [...knowledgeFiles, ...drafts.map((d) => d.file)] };
}

function finish(drafts: Draft[], _knowledge: Knowledge): IngestedArticle[] {
  const good = drafts.filter((d) => !hasErrors(d.file));
  runCorpus(good);
  const articles: IngestedArticle[] = [];
  for (const draft of good) {
    if (hasErrors(draft.file)) continue;
    const frontMatter = frontMatterOf(draft);
    const checked = articleSchema.safeParse(frontMatter);
    if (!checked.success) {
      for (const issue of checked.error.issues) {
        draft.file.message(`generated front-matter is invalid at "${issue.path.join('.')}": ${issue.message}`, {
          place: { line: 1, column: 1 },
          ruleId: 'contract',
          source: 'sitrep',
        }).fatal = true;
      }
      continue;
    }
    articles.push({ slug: frontMatter.slug, sourceFile: draft.sourceFile, mdx: emitMdx(frontMatter, draft.blocks) });
  }
  return articles;
}

/** Reads one input; a file that cannot be read, or that trips a bug, is an error on it, never a crash. */
function readSafely(absolute: string, relative: string): Draft {
  try {
    return readArticle(fs.readFileSync(absolute), relative);
  } catch (error) {
    const draft = emptyDraft(new VFile({ path: relative }), relative);
    const reason = error instanceof Error ? error.message : String(error);
    draft.file.message(`this file could not be read: ${reason}`, { place: { line: 1, column: 1 }, ruleId: 'read', source: 'sitrep' }).fatal = true;
    return draft;
  }
}

export function hasErrors(file: VFile): boolean {
  return file.messages.some((m) => m.fatal === true);
}

function listInputs(target: string): string[] {
  if (!fs.existsSync(target)) return [];
  const stat = fs.statSync(target);
  if (stat.isFile()) return INPUT_EXTENSIONS.includes(path.extname(target)) ? [target] : [];
  const out: string[] = [];
  for (const entry of fs.readdirSync(target, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const full = path.join(target, entry.name);
    if (entry.isDirectory()) out.push(...listInputs(full));
    else if (INPUT_EXTENSIONS.includes(path.extname(entry.name)) && entry.name.toLowerCase() !== 'readme.md') out.push(full);
  }
  return out.sort();
}

function writeOutput(dir: string, articles: IngestedArticle[]): void {
  fs.mkdirSync(dir, { recursive: true });
  const keep = new Set(articles.map((a) => `${a.slug}.mdx`));
  for (const name of fs.readdirSync(dir)) if (name.endsWith('.mdx') && !keep.has(name)) fs.rmSync(path.join(dir, name));
  for (const a of articles) {
    const target = path.join(dir, `${a.slug}.mdx`);
    // Unchanged files are left alone so that their mtime, and Astro's content cache, stay valid.
    if (!fs.existsSync(target) || fs.readFileSync(target, 'utf8') !== a.mdx) fs.writeFileSync(target, a.mdx);
  }
}
