// Outlet, author and wire agency, from credit cues only: a © or rights line, "originally appeared on …", the
// outlet's web domain in such a line, a byline, "(AFP)". An outlet the text merely cites ("told CNN",
// "Bloomberg reported") is not a credit, so body sentences are never searched for outlet names.
import type { Knowledge } from './load-knowledge.ts';
import type { Outlet } from '../schema/knowledge.ts';
import { escapeRegExp } from './clean-boilerplate.ts';
import type { Draft } from './types.ts';

const CREDIT_RULES = new Set(['copyright', 'rights-notice', 'reposted']);
/** "(AFP)" or "(AFP) -" inside the body: the agency that filed the text. */
const AGENCY_CREDIT = /\((\p{Lu}[\p{L}. -]{1,30})\)/gu;

export function extractSource(draft: Draft, knowledge: Knowledge): void {
  const credits = draft.removed.filter((r) => CREDIT_RULES.has(r.rule)).map((r) => r.text);
  draft.source = draft.editor.source ?? findOutlet(credits, knowledge.sources.outlets);
  draft.author = draft.editor.author ?? draft.author;

  const byline = draft.agency ? canonical(draft.agency, knowledge.sources.agencies) : null;
  draft.agency = draft.editor.agency ?? byline ?? findAgencyCredit(draft, knowledge.sources.agencies);
}

function findOutlet(credits: string[], outlets: Outlet[]): string | null {
  let best: { outlet: Outlet; at: number } | null = null;
  credits.forEach((credit, index) => {
    for (const outlet of outlets) {
      if (mentions(credit, outlet) && (best === null || index < best.at)) best = { outlet, at: index };
    }
  });
  return (best as { outlet: Outlet } | null)?.outlet.name ?? null;
}

function mentions(text: string, outlet: Outlet): boolean {
  const names = [outlet.name, ...outlet.aliases].map((n) => new RegExp(`(?<![\\p{L}\\d.])${escapeRegExp(n)}(?![\\p{L}\\d])`, 'iu'));
  const domains = outlet.domains.map((d) => new RegExp(`(?<![\\p{L}\\d-])(?:www\\.)?${escapeRegExp(d)}\\b`, 'iu'));
  return [...names, ...domains].some((re) => re.test(text));
}

function findAgencyCredit(draft: Draft, agencies: Outlet[]): string | null {
  for (const block of draft.blocks) {
    for (const match of block.text.matchAll(AGENCY_CREDIT)) {
      const name = canonical(match[1]!.trim(), agencies);
      if (name) return name;
    }
  }
  return null;
}

function canonical(name: string, agencies: Outlet[]): string | null {
  const lower = name.toLowerCase();
  return agencies.find((a) => [a.name, ...a.aliases].some((n) => n.toLowerCase() === lower))?.name ?? null;
}
