// Wording that varies between stories: alternatives written into templates as "{a|b|c}", and groups of
// interchangeable words and phrases. The event settles on one of each (so articles about the same event share
// their wording, as rewrites of one wire story do) and each article sometimes changes one again. Without it,
// unrelated articles built from the same templates would share far more word sequences than real articles
// do, and story clustering would have nothing realistic to separate.
import { rngFor, type Rng } from './random.ts';

/** Each group: phrases that can stand for one another in every template sentence they occur in. */
const GROUPS: string[][] = [
  ['said', 'stated', 'noted'],
  ['told reporters', 'told journalists', 'told the press'],
  ['drones', 'UAVs', 'unmanned aircraft'],
  ['military ties', 'defence ties', 'security ties'],
  ['military cooperation', 'defence cooperation', 'security cooperation', 'military collaboration'],
  ['military partnership', 'defence partnership', 'strategic partnership'],
  ['partnership', 'alliance', 'relationship'],
  ['officials', 'authorities'],
  ['weapons', 'arms', 'weaponry'],
  ['warned', 'cautioned'],
  ['concerned', 'worried', 'alarmed'],
  ['agreement', 'deal', 'accord'],
  ['analysts', 'experts', 'observers'],
  ['more than', 'over'],
  ['launched', 'fired'],
  ['shot down', 'downed', 'intercepted'],
  ['supplying', 'providing', 'sending'],
  ['delivered', 'handed over', 'transferred'],
  ['deliver', 'hand over', 'transfer'],
  ['delivery', 'transfer', 'handover'],
  ['recent years', 'the past few years', 'the last few years'],
  ['strengthened', 'bolstered', 'deepened'],
  ['strengthen', 'bolster', 'reinforce'],
  ['country', 'nation'],
  ['countries', 'nations'],
  ['cheap', 'inexpensive', 'low-cost'],
  ['believe', 'think', 'assess'],
  ['showed', 'revealed', 'appeared to show'],
  ['announced', 'declared'],
  ['fighter jets', 'warplanes', 'combat jets'],
  ['sanctions', 'restrictions'],
  ['air base', 'airbase', 'airfield'],
  ['across', 'throughout'],
  ['several', 'a number of', 'multiple'],
  ['quickly', 'rapidly'],
  ['the two countries', 'both nations', 'the two sides'],
  ['Tehran and Moscow', 'Moscow and Tehran'],
  ['Iran and Russia', 'Russia and Iran'],
  ['the United States', 'Washington', 'the US'],
  ['rejected', 'dismissed'],
  ['began', 'started'],
  ['important', 'significant', 'key'],
  ['large numbers', 'great numbers', 'bulk'],
  ['the war in Ukraine', 'the Ukraine war', "Russia's war in Ukraine"],
  ['advanced', 'sophisticated', 'modern'],
  ['long-term', 'lasting', 'durable'],
  ['threat', 'danger', 'menace'],
  ['support', 'backing', 'assistance'],
  ['according to', 'citing'],
];

// One pass over the text with every phrase of every group, longest first, on word boundaries.
const PHRASES = GROUPS.flatMap((group, g) => group.map((phrase) => ({ phrase, g }))).sort((a, b) => b.phrase.length - a.phrase.length);
const GROUP_OF = new Map(PHRASES.map((p) => [p.phrase.toLowerCase(), p.g]));
const PATTERN = new RegExp(`\\b(?:${PHRASES.map((p) => p.phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\b`, 'gi');

export type Wording = number[];

/** The choice of an event: one phrase per group. */
export function chooseWording(rng: Rng): Wording {
  return GROUPS.map((group) => rng.int(0, group.length - 1));
}

/** An article's own wording: the event's, with a few groups chosen again. */
export function varyWording(rng: Rng, wording: Wording, share = 0.15): Wording {
  return wording.map((choice, g) => (rng.chance(share) ? rng.int(0, (GROUPS[g] as string[]).length - 1) : choice));
}

// "a deal" that became "a agreement": the indefinite article follows the phrase that replaced the noun.
const ARTICLE = new RegExp(`\\b([Aa])n? (${PHRASES.map((p) => p.phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\b`, 'g');

export function paraphrase(text: string, wording: Wording): string {
  return replacePhrases(text, wording).replace(ARTICLE, (_, a: string, phrase: string) => `${/^[aeio]|^u(?!AV)/i.test(phrase) ? `${a}n` : a} ${phrase}`);
}

function replacePhrases(text: string, wording: Wording): string {
  return text.replace(PATTERN, (match, offset: number, whole: string) => {
    const g = GROUP_OF.get(match.toLowerCase());
    if (g === undefined) return match;
    // "citing" cannot take the comma that "according to X," takes before a quotation: keep such uses.
    if (match.toLowerCase() === 'according to' && /^ [^,.]*,\s*[“"]/.test(whole.slice(offset + match.length))) return match;
    const replacement = (GROUPS[g] as string[])[wording[g] ?? 0] as string;
    const capital = match.charAt(0) !== match.charAt(0).toLowerCase();
    return capital ? replacement.charAt(0).toUpperCase() + replacement.slice(1) : replacement;
  });
}

/**
 * Resolves "{a|b|c}" alternatives in a rendered sentence: the event picks one (the same in every article
 * about it), and an article now and then picks another.
 */
export function spin(text: string, eventKey: string, rng: Rng, noise = 0.1): string {
  return text.replace(/\{([^{}]*\|[^{}]*)\}/g, (_, body: string) => {
    const options = body.split('|');
    const choice = rng.chance(noise) ? rng.int(0, options.length - 1) : rngFor(`${eventKey}|${body}`).int(0, options.length - 1);
    return options[choice] as string;
  });
}
