// The remark plugins every generated article compiles with (astro.config.mjs registers them through
// @astrojs/markdown-remark's unified(); the guard's tests compile with the same list): the guard first, on
// the article as written, then the anchors it adds.
import { remarkGuard } from './remark-guard.ts';
import { remarkAnchors } from './remark-anchors.ts';

export const articleRemarkPlugins = [remarkGuard, remarkAnchors];
