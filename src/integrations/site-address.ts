// The site's address: canonical links, feeds, the sitemap and og:url are absolute and take it from SITE.
// Without SITE the build uses an example domain, which is right for a local look and wrong for a deploy,
// so a production build (CI=true or NODE_ENV=production) that still has it says so.
import type { AstroIntegration } from 'astro';

export const EXAMPLE_SITE = 'https://sitrep.example.org';

export function siteAddress(env: NodeJS.ProcessEnv = process.env): AstroIntegration {
  return {
    name: 'sitrep-site-address',
    hooks: {
      'astro:build:start': ({ logger }) => {
        const production = env.CI === 'true' || env.CI === '1' || env.NODE_ENV === 'production';
        if (production && !env.SITE) {
          logger.warn(
            `SITE is not set, so canonical links, feeds, the sitemap and og:url point to ${EXAMPLE_SITE}: ` +
              'set SITE to the address the site is served from (and BASE to its path), e.g. SITE=https://you.github.io BASE=/sitrep/ npm run build',
          );
        }
      },
    },
  };
}
