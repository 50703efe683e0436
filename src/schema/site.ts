// Schema of content/site.yaml: what the site is called and what it covers, shown in its header, home page,
// feeds and meta tags. Editors own it, so a newsroom can point Sitrep at another subject without code.
import { z } from 'astro/zod';

export const siteFileSchema = z
  .object({
    /** The site's name: the header, page titles ("Topics · Sitrep"), feed titles. */
    name: z.string().min(1).default('Sitrep'),
    /** A few words beside the name in the header. */
    tagline: z.string().min(1).default('Briefing'),
    /** What the reporting is about, as the home page's heading says it ("Iran–Russia military cooperation"). */
    subject: z.string().min(1).default('The reporting'),
    /** One sentence for search engines, link previews and feeds. */
    description: z.string().min(1).default('A briefing built from open-source reporting.'),
  })
  .strict();

export type SiteFile = z.infer<typeof siteFileSchema>;
