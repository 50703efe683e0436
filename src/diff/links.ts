// Addresses of the pages a change creates or touches, on the site the briefing will be served from (the
// same paths as src/lib/urls.ts, which reads Astro's BASE and so cannot run outside a build).
export interface Links {
  article: (slug: string, paragraph?: number | null) => string;
  story: (id: string) => string;
  entity: (id: string) => string;
  topic: (id: string) => string;
}

/** `site` is the origin with the base path, e.g. https://example.github.io/sitrep/. */
export function linksFor(site: string): Links {
  const root = site.endsWith('/') ? site : `${site}/`;
  return {
    article: (slug, paragraph) => `${root}articles/${slug}/${paragraph ? `#p${paragraph}` : ''}`,
    story: (id) => `${root}stories/${id}/`,
    entity: (id) => `${root}entities/${id}/`,
    topic: (id) => `${root}topics/${id}/`,
  };
}

/** The site from SITE and BASE, as the build reads them, or the build's own example address. */
export function siteFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  const origin = (env.SITE || 'https://sitrep.example.org').replace(/\/+$/, '');
  const base = (env.BASE || '/').replace(/^\/*/, '/').replace(/\/*$/, '/');
  return `${origin}${base}`;
}
