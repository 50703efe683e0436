// Content collections. Articles are the pipeline's generated MDX, validated with the same schema the
// pipeline writes with, plus the annotations the loader derives from each body; topics are the editors'
// Markdown files in content/topics.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { topicSchema } from './schema/knowledge.ts';
import { articlesLoader } from './loaders/articles.ts';
import { siteArticleSchema } from './loaders/annotations.ts';
import { CONTENT_DIR, GENERATED_ARTICLES } from './paths.ts';

export const collections = {
  articles: defineCollection({ loader: articlesLoader({ dir: GENERATED_ARTICLES, contentDir: CONTENT_DIR }), schema: siteArticleSchema }),
  topics: defineCollection({ loader: glob({ pattern: '*.md', base: `${CONTENT_DIR}/topics` }), schema: topicSchema }),
};
