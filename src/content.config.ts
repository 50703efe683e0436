// Content collections. Articles are the pipeline's generated MDX, validated with the same schema the
// pipeline writes with, plus the annotations the loader derives from each body, rendered by @astrojs/mdx; topics are the editors'
// Markdown files in content/topics.
import { defineCollection } from 'astro:content';
import { topicSchema } from './schema/knowledge.ts';
import { articlesLoader } from './loaders/articles.ts';
import { topicsLoader } from './loaders/topics.ts';
import { siteArticleSchema } from './loaders/annotations.ts';
import { CONTENT_DIR, GENERATED_ARTICLES } from './paths.ts';

export const collections = {
  articles: defineCollection({ loader: articlesLoader({ dir: GENERATED_ARTICLES }), schema: siteArticleSchema }),
  // Not Astro's glob loader: its Markdown processor passes an editor's raw HTML through to the page.
  topics: defineCollection({ loader: topicsLoader({ dir: `${CONTENT_DIR}/topics` }), schema: topicSchema }),
};
