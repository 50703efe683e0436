// What the loader derives from an article's body while rendering it, stored beside the front-matter so that
// no page ever parses a body again: every sentence with the entity mentions in it, and the quotes and claims
// placed on their paragraph (#p<N>). The site's collection schema is the shared article schema plus this.
import { z } from 'astro/zod';
import { CLAIM_STANCES, articleSchema, slugSchema } from '../schema/article.ts';

/** An entity mention inside a sentence, as offsets into the sentence's text. */
export const mentionSchema = z.object({ id: slugSchema, start: z.number().int().nonnegative(), end: z.number().int().positive() });

export const sentenceSchema = z.object({
  /** 1-based block number: the sentence stands in `#p<paragraph>`. */
  paragraph: z.number().int().positive(),
  text: z.string(),
  mentions: z.array(mentionSchema),
});

const placedParagraph = z.number().int().positive().nullable();

export const placedQuoteSchema = z.object({
  speaker: z.string().min(1).nullable(),
  speakerId: slugSchema.optional(),
  text: z.string().min(1),
  paragraph: placedParagraph,
});

export const placedClaimSchema = z.object({
  stance: z.enum(CLAIM_STANCES),
  holder: z.string().min(1).nullable(),
  text: z.string().min(1),
  paragraph: placedParagraph,
});

export const annotationsSchema = z.object({
  /** Number of blocks (paragraphs and captions) in the body. */
  blocks: z.number().int().nonnegative(),
  sentences: z.array(sentenceSchema),
  quotes: z.array(placedQuoteSchema),
  claims: z.array(placedClaimSchema),
});

export const siteArticleSchema = articleSchema.safeExtend({
  annotations: annotationsSchema,
});

export const EMPTY_ANNOTATIONS: Annotations = { blocks: 0, sentences: [], quotes: [], claims: [] };

export type Mention = z.infer<typeof mentionSchema>;
export type Sentence = z.infer<typeof sentenceSchema>;
export type PlacedQuote = z.infer<typeof placedQuoteSchema>;
export type PlacedClaim = z.infer<typeof placedClaimSchema>;
export type Annotations = z.infer<typeof annotationsSchema>;
export type SiteArticle = z.infer<typeof siteArticleSchema>;
