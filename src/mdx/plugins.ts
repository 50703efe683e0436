// The remark and rehype plugins every generated article compiles with (astro.config.mjs registers them through
// @astrojs/markdown-remark's unified(); the guard's tests compile with the same lists): the guard first, on
// the article as written, then the anchors it adds; the source is set aside over rehype-raw (source-aside.ts).
import { remarkGuard } from './remark-guard.ts';
import { remarkAnchors } from './remark-anchors.ts';
import { rehypeRestoreSource, remarkSetSourceAside } from './source-aside.ts';

export const articleRemarkPlugins = [remarkGuard, remarkAnchors, remarkSetSourceAside];
export const articleRehypePlugins = [rehypeRestoreSource];
