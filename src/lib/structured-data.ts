// schema.org JSON-LD for search engines: an article page is a NewsArticle, a topic page a CollectionPage of
// its articles. Dates keep their real precision (ISO 8601 allows "2023-10" and "2023"), and a page says
// nothing it does not know: no author, publisher or date when the article has none.
import type { ArticleRecord, TopicRecord } from './briefing/types.ts';
import { url } from './urls.ts';

type JsonLd = Record<string, unknown>;

export function newsArticle(article: ArticleRecord, site: URL, names: { topics: string[]; entities: Array<{ name: string; id: string }> }): JsonLd {
  const { data } = article;
  const absolute = (path: string) => new URL(path, site).href;
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: data.title.length > 110 ? `${data.title.slice(0, 109)}…` : data.title,
    url: absolute(url.article(data.slug)),
    mainEntityOfPage: absolute(url.article(data.slug)),
    image: [absolute(url.card('articles', data.slug))],
    ...(data.date ? { datePublished: data.date } : {}),
    ...(data.author ? { author: [{ '@type': 'Person', name: data.author }] } : {}),
    ...(data.source ? { publisher: { '@type': 'Organization', name: data.source } } : {}),
    ...(data.agency ? { sourceOrganization: { '@type': 'Organization', name: data.agency } } : {}),
    ...(data.summary ? { description: data.summary } : {}),
    inLanguage: 'en',
    about: [
      ...names.topics.map((name) => ({ '@type': 'Thing', name })),
      ...names.entities.map((e) => ({ '@type': 'Thing', name: e.name, url: absolute(url.entity(e.id)) })),
    ],
  };
}

export function collectionPage(topic: TopicRecord, articles: ArticleRecord[], site: URL): JsonLd {
  const absolute = (path: string) => new URL(path, site).href;
  return {
    '@context': 'https://schema.org',
    '@type': 'CollectionPage',
    name: topic.data.title,
    url: absolute(url.topic(topic.id)),
    ...(topic.data.description ? { description: topic.data.description } : {}),
    image: [absolute(url.card('topics', topic.id))],
    mainEntity: {
      '@type': 'ItemList',
      numberOfItems: articles.length,
      itemListElement: articles.slice(0, 50).map((a, i) => ({ '@type': 'ListItem', position: i + 1, url: absolute(url.article(a.data.slug)), name: a.data.title })),
    },
  };
}

/** JSON for a <script type="application/ld+json">: "<" escaped so no text can close the element. */
export const jsonLdText = (value: JsonLd) => JSON.stringify(value).replace(/</g, '\\u003c');
