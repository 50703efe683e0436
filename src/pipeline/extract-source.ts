// Outlet, author and wire agency, from credit cues only: a © or rights line, "originally appeared on …", an
// opinion page's disclaimer, a wire's standards note or "follow our coverage at <domain>" link, a byline,
// "(AFP)". An outlet the text merely cites ("told CNN", "Bloomberg reported") is not a credit, so body
// sentences are never searched for outlet names. A credit naming an outlet sources.yaml does not know still
// gives its name ("© 2023 The Caspian Observer").
import type { Knowledge } from './load-knowledge.ts';
import type { Outlet } from '../schema/knowledge.ts';
import { escapeRegExp } from './clean-boilerplate.ts';
import { canonicalAgency } from './read-dateline.ts';
import { titleCase } from './line-kinds.ts';
import type { Draft } from './types.ts';

const CREDIT_RULES = new Set(['copyright', 'rights-notice', 'reposted', 'disclaimer', 'standards', 'follow-coverage', 'source-line', 'from-outlet', 'credit-line']);
/** Rules whose line names the outlet right after the cue, so an unknown outlet can be read off it. */
const NAMING_RULES = new Set(['copyright', 'reposted', 'disclaimer', 'source-line', 'from-outlet', 'credit-line']);
/**
 * "(AFP)" where a credit stands: opening a block, before a dash, or closing the block. "The state news agency
 * (SANA) said" glosses a name the text cites; it is no credit.
 */
const AGENCY_CREDIT = /(?:^|(?<=[.!?"”]\s*))\((\p{Lu}[\p{L}. -]{1,30})\)|\((\p{Lu}[\p{L}. -]{1,30})\)(?=\s*(?:--|[-–—:])\s|\s*$)/gu;
const OUTLET_NAME = "((?:the\\s+)?\\p{Lu}[\\p{L}\\p{N}'’&./-]*(?:\\s+(?:of|and|for|the|de|d’|d')?\\s*\\p{Lu}[\\p{L}\\p{N}'’&./-]*){0,5})";
/**
 * "© 2023 The Caspian Observer.", "Copyright © 2023 Persian Plateau News", "originally appeared on X". No `i`
 * flag: with it, \p{Lu} matches lower case too and the name runs on into "All rights reserved".
 */
const NAMED_CREDITS = [
  new RegExp(`(?:©|\\([cC]\\)|[cC]opyright|COPYRIGHT)\\s*(?:©|\\([cC]\\))?\\s*(?:(?:19|20)\\d\\d(?:\\s*[-–]\\s*(?:19|20)\\d\\d)?\\s*[,.]?\\s*)?${OUTLET_NAME}`, 'u'),
  new RegExp(`^[sS]ources?\\s*:\\s*${OUTLET_NAME}`, 'u'),
  new RegExp(`(?:[oO]riginally|[fF]irst)\\s+(?:appeared|published|ran)\\s+(?:on|in|at)\\s+${OUTLET_NAME}`, 'u'),
  new RegExp(`[eE]ditorial (?:policy|position|stance) of\\s+${OUTLET_NAME}`, 'u'),
  new RegExp(`^[fF]rom\\s+${OUTLET_NAME}`, 'u'),
  new RegExp(`^[cC]redits?\\s*:?\\s+${OUTLET_NAME}`, 'u'),
];

interface OutletMatcher {
  outlet: Outlet;
  patterns: RegExp[];
}

const cache = new WeakMap<Knowledge, OutletMatcher[]>();

function matchers(knowledge: Knowledge): OutletMatcher[] {
  let list = cache.get(knowledge);
  if (!list) {
    list = knowledge.sources.outlets.map((outlet) => ({
      outlet,
      patterns: [
        ...[outlet.name, ...outlet.aliases].map((n) => new RegExp(`(?<![\\p{L}\\d.])${escapeRegExp(n)}(?![\\p{L}\\d])`, 'iu')),
        ...outlet.domains.map((d) => new RegExp(`(?<![\\p{L}\\d-])(?:www\\.)?${escapeRegExp(d)}\\b`, 'iu')),
      ],
    }));
    cache.set(knowledge, list);
  }
  return list;
}

export function extractSource(draft: Draft, knowledge: Knowledge): void {
  const credits = draft.removed.filter((r) => CREDIT_RULES.has(r.rule));
  draft.source =
    draft.editor.source ??
    findOutlet(credits.map((r) => r.text), matchers(knowledge)) ??
    unknownOutlet(credits.filter((r) => NAMING_RULES.has(r.rule)).map((r) => r.text), knowledge.sources.agencies) ??
    // An outlet credited where a wire agency would be ("(CNN) The Iranian government …"), read with the dateline.
    draft.source;
  draft.author = draft.editor.author ?? draft.author;

  const byline = draft.agency ? (canonicalAgency(draft.agency, knowledge.sources.agencies) ?? draft.agency) : null;
  draft.agency = draft.editor.agency ?? byline ?? findAgencyCredit(draft, knowledge.sources.agencies);
}

function findOutlet(credits: string[], outlets: OutletMatcher[]): string | null {
  for (const credit of credits) {
    // The outlet named earliest in the first credit line wins ("© GDC and www.globaldefensecorp.com").
    let best: { outlet: Outlet; at: number } | null = null;
    for (const { outlet, patterns } of outlets) {
      for (const re of patterns) {
        const at = re.exec(credit)?.index ?? -1;
        if (at >= 0 && (best === null || at < best.at)) best = { outlet, at };
      }
    }
    if (best) return best.outlet.name;
  }
  return null;
}

/** The name a credit line gives an outlet sources.yaml does not list (a wire agency is not an outlet). */
function unknownOutlet(credits: string[], agencies: Outlet[]): string | null {
  for (const credit of credits) {
    for (const re of NAMED_CREDITS) {
      // A full stop and a space end the name ("Middle East Monitor. All rights reserved."); "U.S." does not.
      const found = re.exec(credit)?.[1]?.split(/\.\s/)[0]?.trim().replace(/[.,;:]+$/, '');
      // "RTT News/dpa-AFX": the outlet, then the wire that carried it.
      const parts = found?.split('/') ?? [];
      const name = parts.length > 1 && parts.slice(1).every((p) => canonicalAgency(p.trim(), agencies) ?? canonicalAgency(p.trim().split('-')[0]!, agencies)) ? parts[0]!.trim() : found;
      if (!name || /^(?:all|the author|this|these|our)\b/i.test(name)) continue;
      if (canonicalAgency(name, agencies)) return null;
      // One word in capitals is an acronym ("RFE/RL"), not a name set in capitals.
      return /\s/.test(name) ? titleCase(name) : name;
    }
  }
  return null;
}

function findAgencyCredit(draft: Draft, agencies: Outlet[]): string | null {
  for (const block of draft.blocks) {
    for (const match of block.text.matchAll(AGENCY_CREDIT)) {
      const name = canonicalAgency((match[1] ?? match[2])!.trim(), agencies);
      if (name) return name;
    }
  }
  return null;
}
