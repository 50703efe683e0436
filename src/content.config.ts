// Content collections. Articles are the pipeline's generated MDX, validated with the same schema the
// pipeline writes with; topics are the editors' Markdown files in content/topics.
import { defineCollection } from 'astro:content';
import { articleSchema } from './schema/article.ts';
import { topicSchema } from './schema/knowledge.ts';
import { articlesLoader } from './loaders/articles.ts';
import { topicsLoader } from './loaders/topics.ts';
import { GENERATED_ARTICLES } from './paths.ts';

export const collections = {
  articles: defineCollection({ loader: articlesLoader({ dir: GENERATED_ARTICLES }), schema: articleSchema }),
  // Not Astro's glob loader: its Markdown processor passes an editor's raw HTML through to the page.
  topics: defineCollection({ loader: topicsLoader({ dir: 'content/topics' }), schema: topicSchema }),
};
