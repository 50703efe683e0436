// The link-preview images (og:image) of article, topic and entity pages, rendered at build time.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getBriefing } from '../../lib/briefing';
import { articleCard, entityCard, topicCard } from '../../lib/link-preview/cards';
import { cachedCard } from '../../lib/link-preview/card-cache';
import type { CardText } from '../../lib/link-preview/card-layout';

export const getStaticPaths: GetStaticPaths = async () => {
  const { articles, topics, topicById, byTopic, entities } = await getBriefing();
  const card = (path: string, text: CardText) => ({ params: { card: path }, props: { text } });
  return [
    ...articles.map((a) => card(`articles/${a.id}`, articleCard(a, topicById))),
    ...topics.map((t) => card(`topics/${t.id}`, topicCard(t, byTopic.get(t.id)?.length ?? 0))),
    ...entities.entities.map((e) => card(`entities/${e.id}`, entityCard(e))),
  ];
};

export const GET: APIRoute = ({ props }) =>
  new Response(new Uint8Array(cachedCard((props as { text: CardText }).text)), { headers: { 'Content-Type': 'image/png' } });
