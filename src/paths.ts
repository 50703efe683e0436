// Where things live, relative to the project root. The pipeline takes folders as arguments; these are the
// defaults the scripts and the site agree on.
export const CONTENT_DIR = 'content';
export const DEFAULT_INPUTS = ['seeds', 'content/articles'];
/**
 * Generated annotated MDX (git-ignored): written by ingest, read by the site's content collection.
 * SITREP_GENERATED points both elsewhere, so the benchmark can build a synthetic corpus without touching it.
 */
export const GENERATED_ARTICLES = process.env.SITREP_GENERATED || 'generated/articles';
