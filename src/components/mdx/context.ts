// What the article components need beyond their attributes, set by the article page on `Astro.locals` before
// it renders the body: the article's entities as their previews show them, and the site's base path.
import type { PreviewEntity } from '../../loaders/entity-preview.ts';

export interface ArticleContext {
  base: string;
  entities: ReadonlyMap<string, PreviewEntity>;
}

const KEY = 'sitrepArticle';

export function setArticleContext(locals: object, context: ArticleContext): void {
  (locals as Record<string, unknown>)[KEY] = context;
}

export function articleContext(locals: object): ArticleContext {
  const context = (locals as Record<string, unknown>)[KEY] as ArticleContext | undefined;
  if (!context) throw new Error('an article component rendered outside an article page: call setArticleContext first');
  return context;
}
