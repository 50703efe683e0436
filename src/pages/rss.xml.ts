// RSS feed of the latest articles of the whole site.
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getBriefing } from '../lib/briefing';
import { rssItems } from '../lib/feeds';

export const GET: APIRoute = async (context) => {
  const { articles, topicById } = await getBriefing();
  return rss({
    title: 'Sitrep: Iran–Russia military cooperation',
    description: 'The latest articles on Iran–Russia military cooperation: drones, the S-400, the Su-35 and Syria.',
    site: context.site!,
    items: rssItems(articles, topicById),
    customData: '<language>en</language>',
  });
};
