// What an editor may write in the front-matter of content/articles/*.md. Every key is optional and wins
// over what ingestion infers; unknown keys are an error so that a typo ("tittle") never passes silently.
import { z } from 'astro/zod';
import { partialDateSchema, slugSchema } from './article.ts';

export const editorFrontMatterSchema = z
  .object({
    title: z.string().trim().min(1).max(120),
    slug: slugSchema,
    date: partialDateSchema,
    source: z.string().trim().min(1),
    author: z.string().trim().min(1),
    agency: z.string().trim().min(1),
    /** Topic ids added to the ones ingestion finds. */
    topics: z.array(slugSchema),
    /** Topic ids ingestion must not assign. */
    removeTopics: z.array(slugSchema),
    story: slugSchema,
    summary: z.string().trim().min(1),
  })
  .partial()
  .strict();

export type EditorFrontMatter = z.infer<typeof editorFrontMatterSchema>;
