// RSS feed of one topic's latest articles.
import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getBriefing, type TopicRecord } from '../../../lib/briefing';
import { rssItems } from '../../../lib/feeds';
import { siteIdentity } from '../../../lib/site-identity';

export const getStaticPaths: GetStaticPaths = async () => {
  const { topics } = await getBriefing();
  return topics.map((topic) => ({ params: { id: topic.id }, props: { topic } }));
};

export const GET: APIRoute = async (context) => {
  const { topic } = context.props as { topic: TopicRecord };
  const { byTopic, topicById } = await getBriefing();
  return rss({
    title: `${siteIdentity().name}: ${topic.data.title}`,
    description: topic.data.description ?? `The latest articles on ${topic.data.title}.`,
    site: context.site!,
    items: rssItems(byTopic.get(topic.id) ?? [], topicById),
    customData: '<language>en</language>',
  });
};
