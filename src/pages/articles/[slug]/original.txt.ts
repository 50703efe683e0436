// The article's text as it was received (seeds/*.txt or content/articles/*.md), so a reader can check the
// annotated page against its source. Served as plain text under a first line that cannot run
// (src/lib/original-text.ts), read only from inside the project.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getBriefing, type ArticleRecord } from '../../../lib/briefing';
import { originalText } from '../../../lib/original-text.ts';

export const getStaticPaths: GetStaticPaths = async () => {
  const { articles } = await getBriefing();
  return articles.map((article) => ({ params: { slug: article.id }, props: { article } }));
};

export const GET: APIRoute = ({ props }) => {
  const { data } = (props as { article: ArticleRecord }).article;
  return new Response(originalText(data.sourceFile), { headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' } });
};
