// RSS feed of the latest articles of the whole site.
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getBriefing } from '../lib/briefing';
import { rssItems } from '../lib/feeds';
import { siteIdentity } from '../lib/site-identity';

export const GET: APIRoute = async (context) => {
  const { articles, topicById } = await getBriefing();
  return rss({
    title: `${siteIdentity().name}: ${siteIdentity().subject}`,
    description: siteIdentity().description,
    site: context.site!,
    items: rssItems(articles, topicById),
    customData: '<language>en</language>',
  });
};
