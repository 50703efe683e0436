// The ingestion pipeline, top to bottom as the data flows. Per-article transforms run in order on one
// draft; corpus transforms then see every draft at once (slugs must be unique, stories span articles).
import type { Knowledge } from './load-knowledge.ts';
import { preparseMarkdown, StopArticle } from './preparse-markdown.ts';
import { parseMarkdown } from './parse-markdown.ts';
import { detectLanguage } from './detect-language.ts';
import { cleanBoilerplate } from './clean-boilerplate.ts';
import { extractCredits } from './extract-credits.ts';
import { trimFurniture } from './page-furniture.ts';
import { removeTrailing } from './remove-trailing.ts';
import { segmentBlocks } from './segment-blocks.ts';
import { applyFormatting } from './apply-formatting.ts';
import { extractTitle } from './extract-title.ts';
import { extractDate, type DateOptions } from './extract-date.ts';
import { extractNativeDate } from './extract-native-date.ts';
import { extractSource } from './extract-source.ts';
import { findEntities } from './find-entities.ts';
import { findNativeEntities } from './find-native-entities.ts';
import { discoverEntities } from './discover-entities.ts';
import { resolveMentions } from './resolve-mentions.ts';
import { assignRoles } from './assign-roles.ts';
import { findQuotes } from './find-quotes.ts';
import { findClaims } from './find-claims.ts';
import { tagTopics } from './tag-topics.ts';
import { summarise } from './summarise.ts';
import { makeSlug } from './make-slug.ts';
import { assignSlugs } from './assign-slugs.ts';
import { clusterStories } from './cluster-stories.ts';
import { clusterStoriesCached } from './story-cache.ts';
import type { IngestCache } from './cache.ts';
import { mergeVariantsAcrossArticles } from './merge-variants.ts';
import type { Draft } from './types.ts';

export interface PipelineOptions extends DateOptions {}

export type ArticleTransform = (draft: Draft, knowledge: Knowledge, options: PipelineOptions) => void;
export type CorpusTransform = (drafts: Draft[], knowledge?: Knowledge) => void;

export const articleTransforms: ReadonlyArray<[name: string, transform: ArticleTransform]> = [
  ['preparse-markdown', preparseMarkdown],
  ['parse-markdown', parseMarkdown],
  ['detect-language', detectLanguage],
  ['clean-boilerplate', cleanBoilerplate],
  ['extract-credits', extractCredits],
  ['page-furniture', trimFurniture],
  ['remove-trailing', removeTrailing],
  ['segment-blocks', segmentBlocks],
  ['apply-formatting', applyFormatting],
  ['extract-title', extractTitle],
  ['extract-date', extractDate],
  ['extract-native-date', extractNativeDate],
  ['extract-source', extractSource],
  ['find-entities', findEntities],
  ['find-native-entities', findNativeEntities],
  ['discover-entities', discoverEntities],
  ['resolve-mentions', resolveMentions],
  ['assign-roles', assignRoles],
  ['find-quotes', findQuotes],
  ['find-claims', findClaims],
  ['tag-topics', tagTopics],
  ['summarise', summarise],
  ['make-slug', makeSlug],
];

export const corpusTransforms: ReadonlyArray<[name: string, transform: CorpusTransform]> = [
  ['assign-slugs', assignSlugs],
  ['merge-variants', mergeVariantsAcrossArticles],
  ['cluster-stories', clusterStories],
];

/** Runs the per-article transforms; an exception becomes a positioned error on the file, never a crash. */
export function runArticle(draft: Draft, knowledge: Knowledge, options: PipelineOptions = {}): void {
  for (const [name, transform] of articleTransforms) {
    try {
      transform(draft, knowledge, options);
    } catch (error) {
      // The step has reported why on the file: the others have nothing sound to work on.
      if (error instanceof StopArticle) return;
      const reason = error instanceof Error ? error.message : String(error);
      draft.file.message(`internal error in ${name}: ${reason} (please report this with the file attached)`, {
        place: { line: 1, column: 1 },
        ruleId: name,
        source: 'sitrep',
      }).fatal = true;
      return;
    }
  }
}

/** With a cache, the stories of a corpus seen before are read back instead of clustered again (story-cache.ts). */
export function runCorpus(drafts: Draft[], knowledge?: Knowledge, cache: IngestCache | null = null): void {
  for (const [name, transform] of corpusTransforms) {
    if (name === 'cluster-stories' && cache) clusterStoriesCached(drafts, knowledge, cache);
    else transform(drafts, knowledge);
  }
}
