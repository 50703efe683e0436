// Which pages get a link-preview card, and what each card says: every article, topic and entity page.
// The card endpoint and the pages' <meta property="og:image"> both read this, so they name the same files.
import type { ArticleRecord, EntityInfo, TopicRecord } from '../briefing/types.ts';
import { formatDate } from '../format-date.ts';
import { plural } from '../text.ts';
import { siteIdentity } from '../site-identity.ts';
import type { CardText } from './card-layout.ts';

export const ENTITY_KIND = { person: 'Person', organization: 'Organization', place: 'Place', system: 'Weapon system' } as const;

export function articleCard({ data }: ArticleRecord, topicById: Map<string, TopicRecord>): CardText {
  const topic = data.topics[0] ? (topicById.get(data.topics[0])?.data.title ?? data.topics[0]) : '';
  return { site: siteIdentity().name, kind: 'Article', title: data.title, facts: [data.source ?? '', data.date ? formatDate(data.date) : '', topic] };
}

export function topicCard(topic: TopicRecord, articleCount: number): CardText {
  return { site: siteIdentity().name, kind: 'Topic', title: topic.data.title, facts: [plural(articleCount, 'article')] };
}

export function entityCard(entity: EntityInfo): CardText {
  return {
    site: siteIdentity().name,
    kind: ENTITY_KIND[entity.type],
    title: entity.name,
    facts: [entity.role ?? '', `named in ${plural(entity.articleCount, 'article')}`],
  };
}
