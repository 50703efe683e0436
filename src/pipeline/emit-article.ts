// The last per-article step, after the corpus steps: the front-matter checked against the contract's schema,
// then the annotated MDX. A pure function of (front-matter, blocks), so its result can be cached under a
// hash of them and computed in a worker thread.
import { articleSchema, type ArticleFrontMatter } from '../schema/article.ts';
import { emitMdx } from './emit-mdx.ts';
import type { Block } from './types.ts';

export type Emitted = { mdx: string } | { issues: Array<{ path: string; message: string }> } | { failed: string };

export function emitArticle(frontMatter: ArticleFrontMatter, blocks: Block[]): Emitted {
  const checked = articleSchema.safeParse(frontMatter);
  if (!checked.success) return { issues: checked.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })) };
  try {
    return { mdx: emitMdx(frontMatter, blocks) };
  } catch (error) {
    // Inside the per-article guard, like the transforms: one article that trips the serialiser (a stack
    // overflow on pathological nesting, say) is an error on that article, and every other is still written.
    return { failed: error instanceof Error ? error.message : String(error) };
  }
}
