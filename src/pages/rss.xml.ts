// RSS feed of the latest articles of the whole site.
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getBriefing } from '../lib/briefing';
import { rssFeed } from '../lib/feeds';
import { url } from '../lib/urls';
import { siteIdentity } from '../lib/site-identity';

export const GET: APIRoute = async (context) => {
  const { articles, topicById } = await getBriefing();
  const feed = { title: `${siteIdentity().name}: ${siteIdentity().subject}`, description: siteIdentity().description };
  return rss(rssFeed({ ...feed, site: context.site!, self: url.feed() }, articles, topicById));
};
