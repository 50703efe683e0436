// JSON Feed (https://jsonfeed.org/version/1.1) of the latest articles of the whole site.
import type { APIRoute } from 'astro';
import { getBriefing } from '../lib/briefing';
import { jsonFeed } from '../lib/feeds';

export const GET: APIRoute = async (context) => {
  const { articles, topicById } = await getBriefing();
  return new Response(`${JSON.stringify(jsonFeed(articles, topicById, context.site!), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/feed+json; charset=utf-8' },
  });
};
