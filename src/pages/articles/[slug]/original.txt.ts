// The article's text as it was received (seeds/*.txt or content/articles/*.md), so a reader can check the
// annotated page against its source. Served as plain text: nothing in it can run.
import fs from 'node:fs';
import path from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getBriefing, type ArticleRecord } from '../../../lib/briefing';

export const getStaticPaths: GetStaticPaths = async () => {
  const { articles } = await getBriefing();
  return articles.map((article) => ({ params: { slug: article.id }, props: { article } }));
};

export const GET: APIRoute = ({ props }) => {
  const { data } = (props as { article: ArticleRecord }).article;
  const file = path.resolve(data.sourceFile);
  // Only files inside the project: a sourceFile is data, and data never reads the rest of the disk.
  const inside = file.startsWith(process.cwd() + path.sep);
  const text = inside && fs.existsSync(file)
    ? fs.readFileSync(file, 'utf8')
    : `The original file ${data.sourceFile} was not available when this site was built.\n`;
  return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
