// The Content-Security-Policy of every page, read from the built HTML: present, first in <head> (a <meta>
// policy governs only what follows it), scripts from the site's own origin or hashed, 'wasm-unsafe-eval' for
// Pagefind's WebAssembly and nothing looser, and no inline script, handler or javascript: URL left unhashed.
// browser.test.ts shows Chromium enforcing it; this shows what it allows.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toString as toText } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import type { Element, Root } from 'hast';
import { htmlPages, target } from './target.ts';

type Policy = Map<string, string[]>;

function parsePolicy(content: string): Policy {
  const policy: Policy = new Map();
  for (const directive of content.split(';')) {
    const [name, ...sources] = directive.trim().split(/\s+/);
    if (name) policy.set(name.toLowerCase(), sources);
  }
  return policy;
}

const hashOf = (text: string) => `'sha256-${crypto.createHash('sha256').update(text).digest('base64')}'`;
/** What a script source may be: the site itself, a hash, or Pagefind's WebAssembly permission. */
const SCRIPT_SOURCE = /^(?:'self'|'wasm-unsafe-eval'|'sha(?:256|384|512)-[A-Za-z0-9+/]+={0,2}')$/;
/**
 * <link> relations that load code or style the policy must govern. A canonical or alternate link fetches
 * nothing; an icon is fetched after the head is parsed, under the policy, and runs nothing.
 */
const LOADING_REL = /\b(?:stylesheet|preload|modulepreload|prefetch)\b/i;
const STYLE_SOURCE = /^(?:'self'|'sha(?:256|384|512)-[A-Za-z0-9+/]+={0,2}')$/;

function problemsOf(tree: Root): string[] {
  const problems: string[] = [];
  const metas = selectAll('meta[http-equiv]', tree).filter((m) => String(m.properties.httpEquiv).toLowerCase() === 'content-security-policy');
  if (metas.length !== 1) return [`${metas.length} CSP <meta> elements, expected 1`];
  const head = selectAll('head > *', tree);
  const loads = (e: Element) => e.tagName === 'script' || e.tagName === 'style' || (e.tagName === 'link' && LOADING_REL.test(String(e.properties.rel ?? '')));
  const firstLoad = head.findIndex(loads);
  if (firstLoad !== -1 && head.indexOf(metas[0]!) > firstLoad) problems.push('the CSP <meta> comes after a script, style or link it should govern');
  const policy = parsePolicy(String(metas[0]!.properties.content));
  const expect = (name: string, sources: string[]) => {
    if (JSON.stringify(policy.get(name)) !== JSON.stringify(sources)) problems.push(`${name} is ${policy.get(name)?.join(' ') ?? 'missing'}, expected ${sources.join(' ')}`);
  };
  expect('default-src', ["'self'"]);
  expect('object-src', ["'none'"]);
  expect('base-uri', ["'self'"]);
  const scripts = policy.get('script-src') ?? [];
  const styles = policy.get('style-src') ?? [];
  if (!scripts.includes("'self'")) problems.push("script-src lacks 'self'");
  for (const s of scripts.filter((s) => !SCRIPT_SOURCE.test(s))) problems.push(`script-src allows ${s}`);
  for (const s of styles.filter((s) => !STYLE_SOURCE.test(s))) problems.push(`style-src allows ${s}`);
  for (const name of policy.keys()) if (/^(script|style)-src-(elem|attr)$/.test(name)) problems.push(`${name} is set: check it as strictly as ${name.slice(0, -5)}`);
  for (const script of selectAll('script:not([src])', tree)) {
    const type = String(script.properties.type ?? '');
    if (type === 'application/json' || type === 'application/ld+json') continue;
    if (!scripts.includes(hashOf(toText(script)))) problems.push(`inline script not hashed in script-src: ${toText(script).slice(0, 60)}`);
  }
  for (const style of selectAll('style', tree)) {
    if (!styles.includes(hashOf(toText(style)))) problems.push(`inline style not hashed in style-src: ${toText(style).slice(0, 60)}`);
  }
  visit(tree, 'element', (node: Element) => {
    for (const [name, value] of Object.entries(node.properties)) {
      if (/^on[a-z]/i.test(name)) problems.push(`inline handler ${name} on <${node.tagName}>`);
      if (/^\s*javascript:/i.test(String(value))) problems.push(`javascript: URL in ${name} of <${node.tagName}>`);
      if (name === 'style') problems.push(`style attribute on <${node.tagName}> (blocked: style-src has no 'unsafe-inline')`);
    }
  });
  return problems;
}

describe('Content-Security-Policy of the built site', () => {
  it('is present, strict and covers every inline script on every page', () => {
    const report: Record<string, string[]> = {};
    for (const page of htmlPages()) {
      const problems = problemsOf(fromHtml(fs.readFileSync(path.join(target.dist, page), 'utf8')));
      if (problems.length > 0) report[page] = problems;
    }
    expect(report).toEqual({});
  }, 300_000);
});
