// Content collections. Articles are the pipeline's generated MDX, validated with the same schema the
// pipeline writes with; topics are the editors' Markdown files in content/topics.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema } from './schema/article.ts';
import { topicSchema } from './schema/knowledge.ts';
import { articlesLoader } from './loaders/articles.ts';
import { GENERATED_ARTICLES } from './paths.ts';

export const collections = {
  articles: defineCollection({ loader: articlesLoader({ dir: GENERATED_ARTICLES }), schema: articleSchema }),
  topics: defineCollection({ loader: glob({ pattern: '*.md', base: 'content/topics' }), schema: topicSchema }),
};
