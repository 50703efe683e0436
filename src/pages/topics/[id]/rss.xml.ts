// RSS feed of one topic's latest articles.
import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getBriefing, type TopicRecord } from '../../../lib/briefing';
import { rssFeed } from '../../../lib/feeds';
import { url } from '../../../lib/urls';
import { siteIdentity } from '../../../lib/site-identity';

export const getStaticPaths: GetStaticPaths = async () => {
  const { topics } = await getBriefing();
  return topics.map((topic) => ({ params: { id: topic.id }, props: { topic } }));
};

export const GET: APIRoute = async (context) => {
  const { topic } = context.props as { topic: TopicRecord };
  const { byTopic, topicById } = await getBriefing();
  const feed = {
    title: `${siteIdentity().name}: ${topic.data.title}`,
    description: topic.data.description ?? `The latest articles on ${topic.data.title}.`,
  };
  return rss(rssFeed({ ...feed, site: context.site!, self: url.topicFeed(topic.id) }, byTopic.get(topic.id) ?? [], topicById));
};
