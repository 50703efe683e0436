// The front-matter contract of a generated article (DESIGN.md). The pipeline validates what it writes with
// this schema and Astro's content collection reads with the same one, so the two can never drift apart.
import { z } from 'astro/zod';

export const ENTITY_TYPES = ['person', 'organization', 'place', 'system'] as const;
export const DATE_PRECISIONS = ['day', 'month', 'year'] as const;
/** allege: accuses or alleges; warn: warns of a threat; deny: denies or rejects; confirm: admits or confirms. */
export const CLAIM_STANCES = ['allege', 'warn', 'deny', 'confirm'] as const;

export const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a slug is lowercase letters, digits and single hyphens');

/** A BCP 47 language tag, kept in its canonical form ("pt-br" → "pt-BR"). */
export const langSchema = z.string().trim().transform((tag, ctx) => {
  try {
    return Intl.getCanonicalLocales(tag)[0]!;
  } catch {
    ctx.addIssue({ code: 'custom', message: `"${tag}" is not a BCP 47 language tag: write a code such as "en", "ru", "fa" or "pt-BR"` });
    return z.NEVER;
  }
});

/** "YYYY-MM-DD", "YYYY-MM" or "YYYY": only as precise as the text allows. */
export const partialDateSchema = z
  .string()
  .regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/, 'a date is YYYY-MM-DD, YYYY-MM or YYYY');

export const articleEntitySchema = z.object({
  id: slugSchema,
  name: z.string().min(1),
  type: z.enum(ENTITY_TYPES),
  role: z.string().min(1).optional(),
});

/** 1-based number of the body block a quote or claim stands in; the site anchors it as `#p<N>`. */
const paragraphSchema = z.number().int().positive();

export const quoteSchema = z.object({
  /** Full name of the speaker, a description ("an unnamed US official"), or null when nobody is named. */
  speaker: z.string().min(1).nullable(),
  /** Entity id of the speaker when the speaker is a known or discovered entity. */
  speakerId: slugSchema.optional(),
  text: z.string().min(1),
  paragraph: paragraphSchema.optional(),
});

export const claimSchema = z.object({
  stance: z.enum(CLAIM_STANCES),
  /** Who holds the claim: a name, a description, or null. */
  holder: z.string().min(1).nullable(),
  text: z.string().min(1),
  paragraph: paragraphSchema.optional(),
});

export const articleSchema = z
  .object({
    title: z.string().trim().min(1).max(120),
    slug: slugSchema,
    date: partialDateSchema.nullable(),
    datePrecision: z.enum(DATE_PRECISIONS).nullable(),
    dateEvidence: z.string().min(1).nullable(),
    /** BCP 47 language of the text, detected or set by the editor; `dir` follows from it. */
    lang: langSchema,
    dir: z.enum(['ltr', 'rtl']),
    source: z.string().min(1).nullable(),
    author: z.string().min(1).nullable(),
    agency: z.string().min(1).nullable(),
    topics: z.array(slugSchema),
    entities: z.array(articleEntitySchema),
    quotes: z.array(quoteSchema),
    claims: z.array(claimSchema),
    story: slugSchema,
    summary: z.string(),
    sourceFile: z.string().min(1),
    removed: z.array(z.string()),
  })
  .refine((a) => (a.date === null) === (a.datePrecision === null), {
    message: 'date and datePrecision are both set or both null',
    path: ['datePrecision'],
  })
  .refine((a) => a.date === null || a.date.split('-').length === precisionParts(a.datePrecision), {
    message: 'datePrecision must match the parts of date (day: YYYY-MM-DD, month: YYYY-MM, year: YYYY)',
    path: ['datePrecision'],
  });

function precisionParts(p: (typeof DATE_PRECISIONS)[number] | null): number {
  return p === 'day' ? 3 : p === 'month' ? 2 : 1;
}

export type ArticleEntity = z.infer<typeof articleEntitySchema>;
export type Quote = z.infer<typeof quoteSchema>;
export type Claim = z.infer<typeof claimSchema>;
export type ArticleFrontMatter = z.infer<typeof articleSchema>;
export type EntityType = (typeof ENTITY_TYPES)[number];
export type DatePrecision = (typeof DATE_PRECISIONS)[number];
export type ClaimStance = (typeof CLAIM_STANCES)[number];
