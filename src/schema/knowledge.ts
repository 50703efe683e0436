// Schemas of the knowledge editors own under content/: topics, entities, outlets and boilerplate cues.
import { z } from 'astro/zod';
import { ENTITY_TYPES, slugSchema } from './article.ts';

export const topicTermSchema = z
  .object({
    weight: z.number().positive(),
    /** Other terms of the topic this one must stand near to count. */
    near: z.array(z.string().min(1)).min(1),
    /** How many words away "near" may be. */
    within: z.number().int().positive().default(30),
  })
  .strict();

/** content/topics/<id>.md front-matter; the Markdown body is the editor's intro. */
export const topicSchema = z
  .object({
    title: z.string().min(1),
    /** Short line shown on cards. */
    description: z.string().min(1).optional(),
    /**
     * Terms that count as evidence for the topic, each with a weight (1 = an ordinary mention); a term that is
     * evidence only near another one ("air defense system" near "S-400") names those terms in `near`.
     */
    terms: z.record(z.string().min(1), z.union([z.number().positive(), topicTermSchema])),
    /** Score an article needs to be tagged with this topic (more for long articles, see tag-topics). */
    threshold: z.number().positive().default(3),
    related: z.array(slugSchema).default([]),
  })
  .strict();

export const entityEntrySchema = z
  .object({
    id: slugSchema,
    name: z.string().min(1),
    type: z.enum(ENTITY_TYPES),
    aliases: z.array(z.string().min(1)).default([]),
    role: z.string().min(1).optional(),
    description: z.string().min(1).optional(),
  })
  .strict();

/** content/entities/*.yaml: a list of entities. */
export const entityFileSchema = z.array(entityEntrySchema);

export const outletSchema = z
  .object({
    name: z.string().min(1),
    /** Other spellings or abbreviations that name the outlet in a credit line ("GDC"). */
    aliases: z.array(z.string().min(1)).default([]),
    domains: z.array(z.string().min(1)).default([]),
  })
  .strict();

export const sourcesFileSchema = z
  .object({
    outlets: z.array(outletSchema),
    /** Wire agencies: credited with "(AFP)", "with AFP", "AFP contributed". */
    agencies: z.array(outletSchema).default([]),
    /** Picture agencies: a short line crediting one ("Photo: X/Getty Images") is a photo credit, not text. */
    photoAgencies: z.array(outletSchema).default([]),
  })
  .strict();

export const boilerplateRuleSchema = z
  .object({
    id: slugSchema,
    /** A regular expression (JavaScript syntax, case-insensitive) matched against a whole line. */
    pattern: z.string().min(1),
    why: z.string().min(1),
  })
  .strict();

export const boilerplateFileSchema = z
  .object({
    /** Lines matching these are removed wherever they stand. */
    lines: z.array(boilerplateRuleSchema),
    /** Matched at the start of a line and cut from it; the rest of the line stays. */
    prefixes: z.array(boilerplateRuleSchema).default([]),
    /** Lines matching these are removed only in the trailing block after the last paragraph of prose. */
    trailing: z.array(boilerplateRuleSchema).default([]),
    /** Headings of link lists ("Related Articles"): the heading and the headline-like lines under it go. */
    listHeadings: z.array(boilerplateRuleSchema).default([]),
  })
  .strict();

export type Topic = z.infer<typeof topicSchema> & { id: string; intro: string };
export type EntityEntry = z.infer<typeof entityEntrySchema>;
export type Outlet = z.infer<typeof outletSchema>;
export type SourcesFile = z.infer<typeof sourcesFileSchema>;
export type BoilerplateRule = z.infer<typeof boilerplateRuleSchema>;
export type BoilerplateFile = z.infer<typeof boilerplateFileSchema>;

/** content/language.yaml: the words ingestion reads English news with (titles, roles, verbs, cues). */
export const languageFileSchema = z
  .object({
    functionWords: z.array(z.string().min(1)).default([]),
    readerAddress: z.array(z.string().min(1)).default([]),
    mediaWords: z.array(z.string().min(1)).default([]),
    honorifics: z.array(z.string().min(1)).default([]),
    ranks: z.array(z.string().min(1)).default([]),
    roles: z.array(z.string().min(1)).default([]),
    organizationWords: z.array(z.string().min(1)).default([]),
    placeWords: z.array(z.string().min(1)).default([]),
    speechVerbs: z.array(z.string().min(1)).default([]),
    statementNouns: z.array(z.string().min(1)).default([]),
    reporterNouns: z.array(z.string().min(1)).default([]),
    claimVerbs: z
      .object({
        allege: z.array(z.string().min(1)).default([]),
        warn: z.array(z.string().min(1)).default([]),
        deny: z.array(z.string().min(1)).default([]),
        confirm: z.array(z.string().min(1)).default([]),
      })
      .strict()
      .default({ allege: [], warn: [], deny: [], confirm: [] }),
    notNames: z.array(z.string().min(1)).default([]),
    promptVerbs: z.array(z.string().min(1)).default([]),
    notSystems: z.array(z.string().min(1)).default([]),
    facilityWords: z.array(z.string().min(1)).default([]),
  })
  .strict();

export type LanguageFile = z.infer<typeof languageFileSchema>;
