// Every internal link goes through here, so the site works under a sub-path (BASE) as well as at the root.
const BASE = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

export const url = {
  home: () => BASE,
  article: (slug: string) => `${BASE}articles/${slug}/`,
  /** A block of an article: quotes[].paragraph, claims[].paragraph and sentences point here. */
  paragraph: (slug: string, paragraph: number | null) => `${BASE}articles/${slug}/${paragraph ? `#p${paragraph}` : ''}`,
  /** The article's text as it was received. */
  original: (slug: string) => `${BASE}articles/${slug}/original.txt`,
  topics: () => `${BASE}topics/`,
  topic: (id: string) => `${BASE}topics/${id}/`,
  topicFeed: (id: string) => `${BASE}topics/${id}/rss.xml`,
  entities: () => `${BASE}entities/`,
  entity: (id: string) => `${BASE}entities/${id}/`,
  /** Page `n` of an entity's mentions; the first is the entity page itself. */
  entityMentions: (id: string, n: number) => (n <= 1 ? `${BASE}entities/${id}/` : `${BASE}entities/${id}/mentions/${n}/`),
  stories: () => `${BASE}stories/`,
  story: (id: string) => `${BASE}stories/${id}/`,
  timeline: () => `${BASE}timeline/`,
  /** A month (or a year's undated-month group) on the timeline. */
  timelineMonth: (key: string) => `${BASE}timeline/#m${key}`,
  sources: () => `${BASE}sources/`,
  search: () => `${BASE}search/`,
  feed: () => `${BASE}rss.xml`,
  jsonFeed: () => `${BASE}feed.json`,
  sitemap: () => `${BASE}sitemap-index.xml`,
  /** The link-preview image of an article, topic or entity page. */
  card: (kind: 'articles' | 'topics' | 'entities', id: string) => `${BASE}cards/${kind}/${id}.png`,
  manifest: () => `${BASE}manifest.webmanifest`,
  asset: (path: string) => `${BASE}${path.replace(/^\//, '')}`,
};
