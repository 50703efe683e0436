// One side of the diff: the briefing a project folder makes, as ingestion writes it (the front-matter of
// every article and the text of its body) with the topics and gazetteer it was made with. Ingestion runs
// with the cache, so the articles both sides share are processed once, ever; nothing is written.
import path from 'node:path';
import { ingestAsync, hasErrors } from '../pipeline/ingest.ts';
import { cacheVersion } from '../pipeline/cache.ts';
import type { ArticleFrontMatter } from '../schema/article.ts';
import type { EntityEntry } from '../schema/knowledge.ts';
import { CONTENT_DIR, DEFAULT_INPUTS } from '../paths.ts';

export interface ArticleView {
  data: ArticleFrontMatter;
  /** The body's paragraphs as a reader sees them: plain text, marks and spacing left out. */
  paragraphs: string[];
}

export interface Snapshot {
  /** By source file (the path relative to the project root). */
  articles: Map<string, ArticleView>;
  /** Articles with an error, by source file: the first error's text. */
  failing: Map<string, string>;
  topics: Map<string, string>;
  gazetteer: EntityEntry[];
  /** How ingestion went: articles processed and read from the cache, and the wall time. */
  stats: { processed: number; cached: number; ms: number };
  /** The ingest cache's version folder for this knowledge (today's), where these articles' drafts are. */
  cacheVersion: string;
}

export async function takeSnapshot(root: string, cacheDir: string | undefined): Promise<Snapshot> {
  const started = performance.now();
  const contentDir = path.join(root, CONTENT_DIR);
  const result = await ingestAsync({ inputs: DEFAULT_INPUTS, contentDir, cwd: root, cacheDir });
  const { knowledge } = result;
  const articles = new Map<string, ArticleView>();
  for (const article of result.articles) {
    // The front-matter the MDX was written from (checked against the schema as it was written).
    articles.set(article.sourceFile, { data: article.frontMatter, paragraphs: article.texts.map(flatten).filter((p) => p !== '') });
  }
  const failing = new Map<string, string>();
  for (const file of result.files) {
    if (!hasErrors(file) || !isArticle(file.path)) continue;
    failing.set(file.path, file.messages.find((m) => m.fatal)?.reason ?? 'error');
  }
  const stats = { processed: result.stats.processed, cached: result.stats.cached, ms: Math.round(performance.now() - started) };
  return { articles, failing, topics: new Map(knowledge.topics.map((t) => [t.id, t.title])), gazetteer: knowledge.entities, stats, cacheVersion: cacheVersion(result.knowledgeFiles, {}) };
}

const isArticle = (file: string): boolean => DEFAULT_INPUTS.some((dir) => file.startsWith(`${dir}/`));

/** A block's words as a reader sees them: spacing does not count. */
const flatten = (text: string): string => text.replace(/\s+/g, ' ').trim();
