// Schema of content/languages/<code>.yaml: what Sitrep knows of one language beside English, as data. The file
// name is the language's BCP 47 code ("ru.yaml", "fa.yaml"); every key is optional.
import { z } from 'astro/zod';
import { slugSchema } from './article.ts';

const words = z.array(z.string().min(1)).default([]);

export const languageDataSchema = z
  .object({
    /** The language's name in English, shown on badges and filters ("Russian"). */
    name: z.string().min(1),
    /** Its own name for itself ("Русский"), shown beside the English one. */
    nativeName: z.string().min(1).optional(),
    /**
     * Endings the language adds to a name or term ("Ирана", "Ирану" for "Иран"; "پهپادها" for "پهپاد"): a
     * known name also matches with one of these after it. Longest first is not needed: all are tried.
     */
    suffixes: words,
    /** Clitics written onto the front of a word (Arabic "و", "ب", "ال"): a known name matches after one. */
    prefixes: words,
    /** Names of known entities in this language: entity id (content/entities) → its spellings here. */
    entities: z.record(slugSchema, z.array(z.string().min(1)).min(1)).default({}),
    /** Topic terms in this language: topic id (content/topics) → term → weight, as in a topic's `terms`. */
    topics: z.record(slugSchema, z.record(z.string().min(1), z.number().positive())).default({}),
    /** Verbs that report speech ("заявил", "sagte", "قال"), as written after or before a quotation. */
    speechVerbs: words,
    /**
     * Words that open an outlet's own credit in a lead, the outlet's name following up to a comma or colon
     * (Persian "به گزارش X،" — "as X reports"). A wire agency named there is the agency, any other name the outlet.
     */
    creditCues: words,
    /** Verbs that carry a claim, by stance, as in content/language.yaml. */
    claimVerbs: z
      .object({ allege: words, warn: words, deny: words, confirm: words })
      .strict()
      .default({ allege: [], warn: [], deny: [], confirm: [] }),
    /** The calendar the month names belong to: Persian texts date by the Solar Hijri year (1402 = 2023-24). */
    calendar: z.enum(['gregorian', 'persian']).default('gregorian'),
    /** Month names, the calendar's first month first; each month may have several forms ("января", "январь"). */
    months: z.array(z.union([z.string().min(1), z.array(z.string().min(1)).min(1)])).length(12).optional(),
  })
  .strict();

export type LanguageData = z.infer<typeof languageDataSchema>;
