// Every internal link goes through here, so the site works under a sub-path (BASE) as well as at the root.
const BASE = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

export const url = {
  home: () => BASE,
  article: (slug: string) => `${BASE}articles/${slug}/`,
  topics: () => `${BASE}topics/`,
  topic: (id: string) => `${BASE}topics/${id}/`,
  entity: (id: string) => `${BASE}entities/${id}/`,
  search: () => `${BASE}search/`,
  asset: (path: string) => `${BASE}${path.replace(/^\//, '')}`,
};
