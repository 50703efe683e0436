// Finds the names the gazetteer lacks, with cheap rules over capitalised runs of words:
// - organizations: a run holding a head noun ("Ministry", "Institute", "Air Force") with its "of/for" parts;
// - weapon systems: model designators ("Kh-101", "MiG-29", "MQ-9 Reaper");
// - people: a run after a title or rank, before an apposition with a role, next to a speech verb, or opening
//   with a known given name; titles and ranks are stripped from the name and kept as the role;
// - places: the dictionary's cities and countries, "<Name> province|air base", "the port of <Name>",
//   "in|near|from <Name>".
// People the gazetteer knows get the role this article gives them. Discovered mentions replace shorter known
// mentions inside them ("Shahed Aviation Industries" is not the drone "Shahed").
import type { Knowledge } from './load-knowledge.ts';
import type { EntityType } from '../schema/article.ts';
import { cues, type Cues } from './language.ts';
import { addEntity, gazetteer } from './find-entities.ts';
import { isAbbreviation, isCalendarWord, isCommonWord, isFirstName, isKnownPlace, lexiconNameType } from './lexicon.ts';
import { facilityWords } from './facility-words.ts';
import { appositionAfter, titleBefore } from './person-roles.ts';
import { slugify } from './make-slug.ts';
import { type Token } from './tokens.ts';
import { entityTokens, resolveGluedMentions } from './glued-names.ts';
import type { Block, Draft, EntitySpan } from './types.ts';

const PARTICLES = new Set(['al', 'el', 'bin', 'ibn', 'bint', 'de', 'da', 'di', 'du', 'van', 'von', 'der', 'den', 'la', 'le', 'ben', 'abu', 'ul']);
const ORG_CONNECTORS = new Set(['of', 'for', 'and', 'on', 'de']);
const PLACE_PREPOSITIONS = new Set(['in', 'near', 'from', 'to', 'at', 'outside', 'around', 'toward', 'towards']);
/** "Russian-occupied", "Iranian-backed": an adjective, not a name. */
const HYPHENATED_ADJECTIVE = /-\p{Ll}{4,}$/u;
const DESIGNATOR = /^(?:\p{Lu}[\p{L}]{0,9})-\d{1,4}(?:[A-Z0-9]{0,6}|s)$/u;

interface Found {
  first: number;
  last: number;
  name: string;
  type: EntityType;
}

export function discoverEntities(draft: Draft, knowledge: Knowledge): void {
  const c = cues(knowledge);
  for (const block of draft.blocks) discoverInBlock(draft, block, knowledge, c);
  const g = gazetteer(knowledge);
  resolveGluedMentions(draft, (word) => g.byName.has(word));
}

function discoverInBlock(draft: Draft, block: Block, knowledge: Knowledge, c: Cues): void {
  const g = gazetteer(knowledge);
  const tokens = entityTokens(block, (word) => g.byName.has(word));
  const known = block.spans.filter((s): s is EntitySpan => s.kind === 'entity');
  const owner = ownersOf(tokens, known);
  const found: Found[] = [...organizations(block.text, tokens, c, owner, draft), ...systems(tokens, c, owner)];
  const taken = (i: number): boolean => found.some((f) => f.first <= i && i <= f.last);

  for (const whole of capitalisedRuns(tokens)) {
    // "IRGC Ground Force Commander Brigadier General Mohammad Karami": what follows a found name is read on.
    const lastTaken = whole.findLastIndex(taken);
    const run = whole.slice(lastTaken + 1);
    if (run.length === 0) continue;
    const named = asFacility(block.text, tokens, run, owner, knowledge) ?? fromLexicon(block.text, tokens, run, owner, c, true);
    if (named) {
      found.push(named);
      continue;
    }
    const person = asPerson(block.text, tokens, run, owner, c);
    if (person) {
      found.push(person);
      continue;
    }
    const place = fromLexicon(block.text, tokens, run, owner, c, false) ?? asPlace(tokens, run, owner, c, knowledge);
    if (place) found.push(place);
  }

  for (const f of found) {
    const start = tokens[f.first]!.start;
    const end = tokens[f.last]!.end;
    // A known name is kept unless the discovered one is longer and holds it ("Shahed Aviation Industries");
    // a known organization with only places before it stays itself ("US Central Intelligence Agency").
    if (known.some((s) => s.start <= start && end <= s.end)) continue;
    if (f.type === 'organization' && knownOrgAfterPlaces(draft, known, tokens, f, owner)) continue;
    const id = slugify(f.name.replace(/['’]/g, '')) ?? 'entity';
    const entity = addEntity(draft, { id, name: f.name, type: f.type });
    block.spans = block.spans.filter((s) => s.kind !== 'entity' || s.end <= start || s.start >= end);
    block.spans.push({ kind: 'entity', start, end, id: entity.id });
  }
  block.spans.sort((a, b) => a.start - b.start);
}

function knownOrgAfterPlaces(draft: Draft, known: EntitySpan[], tokens: Token[], f: Found, owner: Array<string | null>): boolean {
  const end = tokens[f.last]!.end;
  const org = known.find((s) => s.end === end && draft.entities.some((e) => e.id === s.id && e.type === 'organization'));
  if (!org) return false;
  for (let i = f.first; i <= f.last && tokens[i]!.start < org.start; i++) {
    const id = owner[i];
    if (!id || draft.entities.find((e) => e.id === id)?.type !== 'place') return false;
  }
  return true;
}

/** The entity mention covering each token, or null, in one sweep over both sorted lists. */
function ownersOf(tokens: Token[], spans: EntitySpan[]): Array<string | null> {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const owner: Array<string | null> = [];
  let k = 0;
  for (const t of tokens) {
    while (k < sorted.length && sorted[k]!.end <= t.start) k++;
    const s = sorted[k];
    owner.push(s && s.start <= t.start && t.end <= s.end ? s.id : null);
  }
  return owner;
}

/** Maximal runs of plainly joined capitalised words (with name particles such as "al-", "bin"). */
function capitalisedRuns(tokens: Token[]): number[][] {
  const runs: number[][] = [];
  let run: number[] = [];
  const flush = (): void => {
    if (run.length > 0) runs.push(run);
    run = [];
  };
  tokens.forEach((t, i) => {
    const particle = PARTICLES.has(t.text.toLowerCase()) && run.length > 0 && !!tokens[i + 1]?.capitalised;
    if ((t.capitalised && !/^\d/.test(t.text) && !HYPHENATED_ADJECTIVE.test(t.text)) || particle || /^(?:al|el|ad|as|ash|an|at)-\p{Lu}/u.test(t.text)) run.push(i);
    else flush();
    if (t.after !== '' || t.possessive) flush();
  });
  flush();
  return runs;
}

function asPerson(text: string, tokens: Token[], run: number[], owner: Array<string | null>, c: Cues): Found | null {
  // Strip titles, ranks and role words from the front of the run: the name is what follows them.
  let from = 0;
  for (let k = run.length - 1; k >= 0; k--) {
    const i = run[k]!;
    if (c.ranks.endingAt(tokens, i) > 0 || c.honorifics.endingAt(tokens, i) > 0 || c.roles.endingAt(tokens, i) > 0) {
      from = k + 1;
      break;
    }
  }
  const nameTokens = run.slice(from);
  while (nameTokens.length > 0 && c.notNames.has(tokens[nameTokens[0]!]!.text)) nameTokens.shift();
  if (nameTokens.length < 2 || nameTokens.length > 5) return null;
  const first = nameTokens[0]!;
  const last = nameTokens[nameTokens.length - 1]!;
  if (nameTokens.some((i) => owner[i] !== null || c.organizationWords.has(tokens[i]!.text) || c.notNames.has(tokens[i]!.text))) return null;
  if (nameTokens.some((i) => /\d/.test(tokens[i]!.text) || (tokens[i]!.text.length > 3 && tokens[i]!.text === tokens[i]!.text.toUpperCase()))) return null;
  const firstWord = tokens[first]!.text;
  if (isCommonWord(firstWord) && !isFirstName(firstWord)) return null;
  const name = text.slice(tokens[first]!.start, tokens[last]!.end).replace(/\s+/g, ' ');
  if (isKnownPlace(name)) return null;
  // "(AP Photo/Elise Amendola)", "David Higginbotham / NASA": a photographer's credit, not someone in the story.
  if (tokens[first - 1]?.after.endsWith('/') || tokens[last]!.after.startsWith('/')) return null;

  const titled = titleBefore(text, tokens, first, c).titled;
  const apposition = appositionAfter(text, tokens, last, c) !== null;
  const speaks = c.speechVerbs.startingAt(tokens, last + 1) > 0 && tokens[last]!.after === '';
  const saidBefore = first > 0 && tokens[first - 1]!.after === '' && c.speechVerbs.endingAt(tokens, first - 1) > 0;
  if (!(titled || apposition || speaks || saidBefore || isFirstName(firstWord))) return null;
  return { first, last, name, type: 'person' };
}

function organizations(text: string, tokens: Token[], c: Cues, owner: Array<string | null>, draft: Draft): Found[] {
  const people = new Set(draft.entities.filter((e) => e.type === 'person').map((e) => e.id));
  const isPerson = (i: number): boolean => owner[i] !== null && people.has(owner[i]!);
  const stop = (i: number): boolean => isPerson(i) || c.ranks.startingAt(tokens, i) > 0 || c.honorifics.startingAt(tokens, i) > 0 || c.roles.startingAt(tokens, i) > 0;
  const out: Found[] = [];
  for (let k = 0; k < tokens.length; k++) {
    if (!c.organizationWords.has(tokens[k]!.text)) continue;
    let first = k;
    while (first > 0 && tokens[first - 1]!.capitalised && tokens[first - 1]!.after === '' && !tokens[first - 1]!.possessive && !stop(first - 1)) first--;
    let last = k;
    for (;;) {
      const t = tokens[last]!;
      if (t.possessive) break;
      const next = tokens[last + 1];
      if (!next || (t.after !== '' && t.after !== '-')) break;
      if (next.capitalised && !stop(last + 1)) {
        last++;
        continue;
      }
      const lower = next.text.toLowerCase();
      const after = tokens[last + 2];
      const thenCapital = (after?.capitalised && !stop(last + 2)) || (after?.text === 'the' && tokens[last + 3]?.capitalised && !stop(last + 3));
      if (ORG_CONNECTORS.has(lower) && next.after === '' && thenCapital && !c.notNames.has(tokens[last + 2]!.text)) {
        last += after?.text === 'the' ? 3 : 2;
        continue;
      }
      break;
    }
    while (first < k && c.notNames.has(tokens[first]!.text) && !c.organizationWords.has(tokens[first]!.text)) first++;
    if (last === first) {
      k = last;
      continue;
    }
    const name = text.slice(tokens[first]!.start, tokens[last]!.end).replace(/\s+/g, ' ');
    out.push({ first, last, name, type: 'organization' });
    k = last;
  }
  return out;
}

function systems(tokens: Token[], c: Cues, owner: Array<string | null>): Found[] {
  const out: Found[] = [];
  tokens.forEach((t, i) => {
    if (owner[i] !== null || !DESIGNATOR.test(t.text) || c.notSystems.has(t.text.toLowerCase())) return;
    const name = /\ds$/.test(t.text) ? t.text.slice(0, -1) : t.text;
    // "MQ-9 Reaper": a model name right after the designator belongs to it (not a plural such as "Tomcats").
    const next = tokens[i + 1];
    const withModel = next && t.after === '' && next.capitalised && !/s$/.test(next.text) && !isCommonWord(next.text) && !c.notNames.has(next.text);
    out.push(withModel ? { first: i, last: i + 1, name: `${name} ${next.text}`, type: 'system' } : { first: i, last: i, name, type: 'system' });
  });
  return out;
}

function asPlace(tokens: Token[], run: number[], owner: Array<string | null>, c: Cues, knowledge: Knowledge): Found | null {
  const free = run.filter((i) => owner[i] === null && !c.notNames.has(tokens[i]!.text));
  if (free.length === 0 || free.length !== run.filter((i) => owner[i] === null).length || free.length > 4) return null;
  const first = free[0]!;
  const last = free[free.length - 1]!;
  if (last - first + 1 !== free.length) return null;
  const words = free.map((i) => tokens[i]!.text);
  const name = words.join(' ');
  if (gazetteer(knowledge).byName.has(name)) return null;
  // "Cupertino, Calif.", "Jan. 1": an abbreviation or a date, not a place of its own.
  if (free.length === 1 && (isCalendarWord(name) || (isAbbreviation(name) && tokens[last]!.after.startsWith('.')))) return null;
  const before = tokens[first - 1];
  const sentenceStart = !before || /[.!?]$/.test(before.after);
  // "Idlib province", but not "Syrian state television": a demonym or common word is no place name.
  const properName = !isCommonWord(words[0]!) && !isFirstName(words[0]!);
  const placeWordAfter = properName && tokens[last]!.after === '' && c.placeWords.startingAt(tokens, last + 1) > 0;
  const placeWordInside = free.length > 1 && c.placeWords.endingAt(tokens, last) === 1;
  const ofPlaceWord = first >= 2 && before!.text === 'of' && c.placeWords.endingAt(tokens, first - 2) > 0;
  const preposition = !!before && before.after === '' && PLACE_PREPOSITIONS.has(before.text) && tokens[first - 2]?.text !== 'according';
  const acronym = free.length === 1 && /^\p{Lu}{3,6}$/u.test(name);
  // "a fellow at RUSI": initials after a preposition name an organization, unless they modify a noun ("UAV transfers").
  if (acronym) return preposition && tokens[last]!.after !== '' || preposition && !tokens[last + 1] ? { first, last, name, type: 'organization' } : null;
  if (isKnownPlace(name) || placeWordAfter || ofPlaceWord || (properName && placeWordInside)) return { first, last, name, type: 'place' };
  if (preposition && !sentenceStart && properName) return { first, last, name, type: 'place' };
  return null;
}

/**
 * A name compromise's dictionary holds as an organization, a sports team or a person ("NBA", "Golden State
 * Warriors", "Toyota"): the whole run when `whole`, otherwise its longest part at either end ("NBA Hangover").
 */
function fromLexicon(text: string, tokens: Token[], run: number[], owner: Array<string | null>, c: Cues, whole: boolean): Found | null {
  if (run.some((i) => owner[i] !== null)) return null;
  const free = [...run];
  while (free.length > 0 && c.notNames.has(tokens[free[0]!]!.text)) free.shift();
  if (free.length === 0) return null;
  const spans = whole ? [[0, free.length]] : [...Array(free.length - 1).keys()].flatMap((k) => [[0, free.length - 1 - k], [k + 1, free.length]]);
  for (const [from, to] of spans) {
    const first = free[from!]!;
    const last = free[to! - 1]!;
    const name = text.slice(tokens[first]!.start, tokens[last]!.end).replace(/\s+/g, ' ');
    const type = lexiconNameType(name);
    if (type === 'organization' || (type === 'person' && whole && last > first)) return { first, last, name, type };
  }
  return null;
}

/** "Steve Jobs Theater", "Bill Graham Civic Auditorium", "Wrigley Field": a place named for someone, not them. */
function asFacility(text: string, tokens: Token[], run: number[], owner: Array<string | null>, knowledge: Knowledge): Found | null {
  if (run.length < 2 || run.some((i) => owner[i] !== null)) return null;
  const last = run[run.length - 1]!;
  const facility = facilityWords(knowledge).endingAt(tokens, last);
  if (facility === 0 || facility >= run.length) return null;
  const first = run[0]!;
  if (isCommonWord(tokens[first]!.text) && !isFirstName(tokens[first]!.text)) return null;
  return { first, last, name: text.slice(tokens[first]!.start, tokens[last]!.end).replace(/\s+/g, ' '), type: 'place' };
}
