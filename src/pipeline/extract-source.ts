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
 * (SANA) said" glosses a name the text cites; it is no credit. Before a dash the name may be in lower case
 * ("(examplenews) -"): it counts only when sources.yaml knows it as an agency.
 */
const AGENCY_CREDIT = /(?:^|(?<=[.!?"”]\s*))\((\p{Lu}[\p{L}. -]{1,30})\)|\((\p{L}[\p{L}. -]{1,30})\)(?=\s*(?:--|[-–—:])\s|\s*$)/gu;
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
    leadCredit(draft, knowledge) ??
    // An outlet credited where a wire agency would be ("(CNN) The Iranian government …"), read with the dateline.
    draft.source;
  draft.author = draft.editor.author ?? draft.author;

  const byline = draft.agency ? (canonicalAgency(draft.agency, knowledge.sources.agencies) ?? draft.agency) : null;
  draft.agency = draft.editor.agency ?? byline ?? findAgencyCredit(draft, knowledge.sources.agencies) ?? leadAgency(draft, knowledge);
}

/**
 * A site's own name as a dateline, before the dash that opens the lead, in any language: "Example.com - …",
 * "EXAMPLE.CO.ID, CITY -- …", "CITY, Example.com - …". A name with a dot and a top-level domain is the site.
 */
const SITE_DATELINE = /^(?:\p{Lu}[\p{L} ]{1,30},\s*)?([\p{L}\p{N}-]{2,40}(?:\.\p{L}{2,6}){1,2})(?:,\s*\p{Lu}[\p{L} ]{1,30})?\s*(?:--|[-–—])(?:\s|$)/u;
const LEAD_BLOCKS = 4;

function leadCredit(draft: Draft, knowledge: Knowledge): string | null {
  // read-dateline may have taken the dateline off the lead already.
  const datelines = draft.removed.filter((r) => r.rule === 'dateline').map((r) => r.text);
  for (const text of [...datelines, ...draft.blocks.slice(0, LEAD_BLOCKS).map((b) => b.text)]) {
    const site = SITE_DATELINE.exec(text)?.[1];
    if (site && !canonicalAgency(site, knowledge.sources.agencies)) return site;
  }
  const cued = cuedCredit(draft, knowledge);
  return cued && !canonicalAgency(cued, knowledge.sources.agencies) ? cued : null;
}

/**
 * A wire agency credited in the lead or a source line: "به گزارش X،", "X: …" opening a lead block, "Source: (X)".
 * Only names sources.yaml knows as agencies count, so a lead opening "Officials: …" credits nothing.
 */
function leadAgency(draft: Draft, knowledge: Knowledge): string | null {
  const agencies = knowledge.sources.agencies;
  const cued = cuedCredit(draft, knowledge);
  const named = cued ? canonicalAgency(cued, agencies) : null;
  if (named) return named;
  for (const r of draft.removed) {
    if (r.rule !== 'source-line') continue;
    const name = /:\s*\(?([^()]{2,40}?)\)?\s*$/u.exec(r.text)?.[1];
    const agency = name ? canonicalAgency(name.trim(), agencies) : null;
    if (agency) return agency;
  }
  for (const block of draft.blocks.slice(0, LEAD_BLOCKS)) {
    const name = /^([^\s:]{2,30}(?:\s[^\s:]{2,30}){0,2})\s*:\s/u.exec(block.text)?.[1];
    const agency = name ? canonicalAgency(name, agencies) : null;
    if (agency) return agency;
  }
  return null;
}

/** The name after the language's credit cue in the lead ("به گزارش X،"), up to four words. */
function cuedCredit(draft: Draft, knowledge: Knowledge): string | null {
  const cues = knowledge.languages[draft.lang]?.creditCues ?? [];
  if (cues.length === 0) return null;
  const re = new RegExp(`(?:^|[\\s.!?؟])(?:${cues.map(escapeRegExp).join('|')})\\s+([^\\s،,:؛.]+(?:\\s[^\\s،,:؛.]+){0,3})\\s*[،,:]`, 'u');
  for (const block of draft.blocks.slice(0, LEAD_BLOCKS)) {
    const name = re.exec(block.text)?.[1];
    if (name) return name;
  }
  return null;
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
