// What an editor may write in the front-matter of content/articles/*.md. Every key is optional and wins
// over what ingestion infers; unknown keys are an error so that a typo ("tittle") never passes silently.
import { z } from 'astro/zod';
import { langSchema, partialDateSchema, slugSchema } from './article.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Why a well-formed YYYY-MM-DD names no day of the calendar ("2023-02-30"), or null when it is a real day. */
export function impossibleDay(date: string): string | null {
  const [year, month, day] = date.split('-').map(Number);
  if (year === undefined || month === undefined || day === undefined) return null;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day > days ? `${MONTHS[month - 1]} ${year} has ${days} days` : null;
}

/** A date as an editor writes it: `date: 2024` is a number to YAML, so a bare year is taken as text. */
export const editorDateSchema = z
  .preprocess((value) => (typeof value === 'number' && Number.isInteger(value) ? String(value) : value), partialDateSchema)
  .superRefine((date, ctx) => {
    const why = impossibleDay(date);
    if (why) ctx.addIssue({ code: 'custom', message: `${date} is not a day of the calendar (${why}): correct the day` });
  });

export const editorFrontMatterSchema = z
  .object({
    title: z.string().trim().min(1).max(120),
    slug: slugSchema,
    date: editorDateSchema,
    source: z.string().trim().min(1),
    author: z.string().trim().min(1),
    agency: z.string().trim().min(1),
    /** Topic ids added to the ones ingestion finds. */
    topics: z.array(slugSchema),
    /** Topic ids ingestion must not assign. */
    removeTopics: z.array(slugSchema),
    story: slugSchema,
    summary: z.string().trim().min(1),
    /** The article's language, BCP 47 ("ru", "fa", "pt-BR"); wins over the detected one. */
    lang: langSchema,
  })
  .partial()
  .strict();

/** The keys an editor may set, in the order the scaffold writes them. */
export const EDITOR_KEYS = Object.keys(editorFrontMatterSchema.shape) as Array<keyof EditorFrontMatter>;

export type EditorFrontMatter = z.infer<typeof editorFrontMatterSchema>;
