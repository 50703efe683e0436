// The built site in Chromium, page by page (every page of the seeds build; a spread sample of each page type of
// the corpus build): zero axe-core violations in the light and the dark colour scheme, no console error or
// uncaught exception, no Content-Security-Policy violation, and no request to any origin but the site's own.
// Search runs under the same policy: Pagefind's script, WebAssembly and index all load and answer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import axe from 'axe-core';
import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import { launchBrowser } from '../helpers/browser.ts';
import { serve, type Served } from '../helpers/serve.ts';
import { htmlPages, pageType, routeOf, samplePages, target } from './target.ts';
import { searchProbe } from './search-probe.ts';

let browser: Browser;
let site: Served;
let context: BrowserContext;

beforeAll(async () => {
  site = await serve(target.dist);
  browser = await launchBrowser();
  context = await browser.newContext();
  // Violations are recorded from the first byte of every page, before the page's own scripts run.
  await context.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`));
  });
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

interface Visit {
  page: Page;
  problems: string[];
  requests: string[];
}

/** Opens a route and records what went wrong: console errors, page errors, failed loads, foreign requests. */
async function visit(route: string, colorScheme: 'light' | 'dark' = 'light'): Promise<Visit> {
  const page = await context.newPage();
  await page.emulateMedia({ colorScheme });
  const problems: string[] = [];
  const requests: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
  // On the context, not the page: requests the service worker makes are recorded too.
  const record = (r: Request) => requests.push(r.url());
  context.on('request', record);
  page.on('close', () => context.off('request', record));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} ${r.failure()?.errorText ?? ''}`));
  page.on('response', (r) => {
    if (r.status() >= 400 && r.url() !== `${site.url}${route}`) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  await page.goto(`${site.url}${route}`, { waitUntil: 'networkidle' });
  return { page, problems, requests };
}

async function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
}

function foreign(requests: string[]): string[] {
  return requests.filter((r) => !r.startsWith(`${site.url}/`) && !/^(data|blob):/.test(r));
}

async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol, which the page's CSP does not govern, so the policy stays on.
  await page.evaluate(axe.source);
  const result = await page.evaluate(() => (window as unknown as { axe: typeof axe }).axe.run(document));
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

const pages = samplePages(htmlPages());

describe('the built site in Chromium', () => {
  it('visits at least one page of every type', () => {
    expect(new Set(pages.map(pageType))).toEqual(new Set(htmlPages().map(pageType)));
  });

  it.each(pages)('%s: no axe violation (light and dark), console error, CSP violation or foreign request', async (file) => {
    const route = routeOf(file);
    const report: Record<string, string[]> = {};
    for (const scheme of ['light', 'dark'] as const) {
      const { page, problems, requests } = await visit(route, scheme);
      report[`${scheme} axe`] = await axeViolations(page);
      report[`${scheme} problems`] = problems;
      report[`${scheme} csp`] = await cspViolations(page);
      report[`${scheme} foreign requests`] = foreign(requests);
      await page.close();
    }
    expect(Object.fromEntries(Object.entries(report).filter(([, v]) => v.length > 0))).toEqual({});
  }, 120_000);

  it('enforces the CSP: an injected inline script does not run and is reported', async () => {
    const { page } = await visit('/');
    const ran = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true';
      document.body.append(script);
      return (window as unknown as { __injected?: boolean }).__injected === true;
    });
    expect(ran).toBe(false);
    expect((await cspViolations(page)).join('\n')).toMatch(/script-src/);
    await page.close();
  });

  it('searches under the CSP: Pagefind loads, finds an article by a word of its title, and stays local', async () => {
    const probe = searchProbe();
    const { page, problems, requests } = await visit(`/search/?q=${encodeURIComponent(probe.query)}`);
    const results = page.locator('main a[href*="/articles/"]');
    await results.first().waitFor({ timeout: 30_000 });
    const hrefs = await results.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(hrefs).toContain(probe.expect);
    expect(requests.some((r) => r.endsWith('.wasm') || r.includes('wasm'))).toBe(true);
    expect({ problems, csp: await cspViolations(page), foreign: foreign(requests) }).toEqual({ problems: [], csp: [], foreign: [] });
    await page.close();
  }, 60_000);
});
