// A production build without SITE would publish canonical links, feeds and the sitemap on the example
// domain: it must say so, and only then.
import { describe, expect, it } from 'vitest';
import type { AstroIntegrationLogger } from 'astro';
import { siteAddress } from '../../src/integrations/site-address.ts';

function warnings(env: NodeJS.ProcessEnv): string[] {
  const said: string[] = [];
  const logger = { warn: (m: string) => said.push(m), info: () => {}, error: () => {}, debug: () => {} } as unknown as AstroIntegrationLogger;
  const hook = siteAddress(env).hooks['astro:build:start'] as (o: { logger: AstroIntegrationLogger }) => void;
  hook({ logger });
  return said;
}

describe('the site address', () => {
  it.each([{ CI: 'true' }, { NODE_ENV: 'production' }])('warns on a production build without SITE (%o)', (env) => {
    const [warning] = warnings(env);
    expect(warning).toMatch(/SITE is not set/);
    expect(warning).toMatch(/https:\/\/sitrep\.example\.org/);
  });

  it('is silent with SITE set, and on a local build', () => {
    expect(warnings({ CI: 'true', SITE: 'https://briefings.example.net' })).toEqual([]);
    expect(warnings({})).toEqual([]);
  });
});
