// The same site hosted under a sub-path (GitHub Pages): built with SITE and BASE into a folder of its own,
// every internal link and fragment resolves under /sitrep/ and none escapes it.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { checkSiteLinks, htmlPages } from './site-links.ts';

const BASE = '/sitrep/';
const SITE = 'https://example.github.io';
let out: string;

beforeAll(() => {
  out = fs.mkdtempSync(path.join(os.tmpdir(), 'sitrep-base-'));
  // Vitest exposes import.meta.env as process.env (BASE_URL, MODE, …); the build must not inherit them.
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV'].includes(k)));
  const run = spawnSync('npx', ['astro', 'build', '--outDir', out], { env: { ...env, BASE, SITE }, encoding: 'utf8', timeout: 600_000 });
  if (run.status !== 0) throw new Error(`astro build under ${BASE} failed:\n${run.stdout}\n${run.stderr}`);
}, 600_000);
afterAll(() => {
  if (out) fs.rmSync(out, { recursive: true, force: true });
});

describe(`the site built under ${BASE}`, () => {
  it('has no broken internal link or fragment', async () => {
    const report = await checkSiteLinks(out, BASE);
    expect(report.broken).toEqual([]);
  }, 300_000);

  it('keeps every root-relative link, script and stylesheet inside the base, and canonical URLs on the site', () => {
    const escaping: string[] = [];
    for (const route of htmlPages(out)) {
      const tree = fromHtml(fs.readFileSync(path.join(out, route.endsWith('/') || route === '' ? `${route}index.html` : route), 'utf8'));
      for (const el of selectAll('[href], [src], form[action]', tree)) {
        const target = String(el.properties.href ?? el.properties.src ?? el.properties.action);
        if (target.startsWith('/') && !target.startsWith(BASE)) escaping.push(`${route}: ${target}`);
      }
      if (route.endsWith('/') || route === '') expect(select('link[rel=canonical]', tree)?.properties.href, route).toBe(`${SITE}${BASE}${route}`);
    }
    expect(escaping).toEqual([]);
  });
});
