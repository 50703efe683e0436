// One synthetic article, a pure function of (seed, index): an event (shared by the articles that report it,
// so stories have several members), an outlet with its layout, and paragraphs of topic text, quotations with
// attributions, claims and background until the page reaches its target size of 2–4 KB.
import { BACKGROUND, OFF_GENERAL, OFF_REMARKS, OFF_TOPIC } from './background.ts';
import { Ctx, cap, type EventSpec, type OffSubject, type Template, type TopicKey } from './context.ts';
import { DETAILS, MILITARY_DETAILS } from './details.ts';
import { layOut, type Page } from './layouts.ts';
import { pickOutlet, type Outlet } from './outlets.ts';
import { speaker, type Person, type Side } from './people.ts';
import { chooseWording, paraphrase, spin, varyWording } from './paraphrase.ts';
import { rngFor, type Rng } from './random.ts';
import { TOPICS } from './topics.ts';

export interface Generated extends Page {
  index: number;
  event: number;
  outlet: Outlet;
  topic: TopicKey;
  iso: string;
  /** How the body tells the date, and whether the page prints one. */
  dating: 'full' | 'weekday' | 'none';
  dated: boolean;
  speakers: string[];
}

// Leaves room for what the bytes step may add (a BOM, CRLF line ends) under the 4 KB ceiling.
const MAX_BYTES = 3900;
const FIRST_DAY = Date.UTC(2019, 0, 1);
const LAST_DAY = Date.UTC(2025, 5, 30);

/** Index of the article that first reported the event article `index` reports (itself for a new event). */
export function eventOf(seed: string, index: number): number {
  let i = index;
  for (;;) {
    const rng = rngFor(`${seed}:follow:${i}`);
    if (i === 0 || !rng.chance(0.35)) return i;
    i = Math.max(0, i - rng.int(1, 6));
  }
}

export function makeEvent(seed: string, index: number): EventSpec & { lead: number } {
  const rng = rngFor(`${seed}:event:${index}`);
  const topic = rng.weighted<TopicKey>([['drones', 35], ['s-400', 12], ['su-35', 12], ['syria', 16], ['off', 25]]);
  const iso = new Date(FIRST_DAY + Math.floor(rng.next() * ((LAST_DAY - FIRST_DAY) / 86_400_000)) * 86_400_000).toISOString().slice(0, 10);
  const westSide = rng.weighted<Side>([['us', 70], ['israel', 15], ['ukraine', 15]]);
  const systems: Record<TopicKey, string[]> = {
    drones: ['Shahed-136', 'Shahed-131', 'Shahed-129', 'Mohajer-6', 'Mohajer-10', 'Arash-2', 'Shahed'],
    's-400': ['S-400'],
    'su-35': ['Su-35'],
    syria: ['Shahed-129', 'Mohajer-6'],
    off: ['Shahed-136'],
  };
  const cities: Record<TopicKey, string[]> = {
    drones: ['Kyiv', 'Washington', 'Tehran', 'Moscow', 'Dubai', 'London'],
    's-400': ['Moscow', 'Tehran', 'Jerusalem', 'Washington'],
    'su-35': ['Tehran', 'Moscow', 'Dubai', 'Washington'],
    syria: ['Damascus', 'Beirut', 'Amman', 'Tehran', 'Moscow'],
    off: ['Tehran', 'Moscow', 'Astrakhan', 'Baku', 'Paris'],
  };
  const others = (['drones', 's-400', 'su-35', 'syria'] as const).filter((t) => t !== topic);
  return {
    topic,
    off: rng.pick<OffSubject>(['energy', 'trade', 'football', 'quake', 'film', 'space']),
    iso,
    city: rng.pick(cities[topic]),
    system: rng.pick(systems[topic]),
    count: topic === 'su-35' ? rng.int(4, 50) : rng.int(2, 400),
    west: speaker(rng, westSide, iso),
    iran: speaker(rng, 'iran', iso),
    russia: speaker(rng, 'russia', iso),
    analyst: speaker(rng, 'analyst', iso, 0.85),
    site: rng.pick(['the Kashan airfield', 'an air base near Isfahan', 'the Alabuga special economic zone', 'a base in Crimea', 'Hmeimim air base', 'a site near Natanz']),
    passing: rng.pick(others),
    lead: rng.int(0, 9),
  };
}

export function generateArticle(seed: string, index: number): Generated {
  const eventIndex = eventOf(seed, index);
  const ev = makeEvent(seed, eventIndex);
  const rng = rngFor(`${seed}:article:${index}`);
  const outlet = pickOutlet(rng);
  const dating = rng.weighted<'full' | 'weekday' | 'none'>([['full', 40], ['weekday', 40], ['none', 20]]);
  const dated = rng.chance(0.7);
  const c = new Ctx(rng, ev, { uk: outlet.uk, curly: outlet.curly, dating });
  const speakers: string[] = [];
  const target = rng.int(2100, MAX_BYTES) - 200;

  const units = compose(c, rng, rngFor(`${seed}:event-text:${eventIndex}`), ev, speakers);
  const paragraphs: string[] = [];
  let size = 0;
  for (let u = 0; u < units.length && size < target; ) {
    const take = units[u]?.startsWith(c.q('').charAt(0)) ? 1 : rng.int(1, 3);
    const text = units.slice(u, u + take).join(' ');
    u += take;
    paragraphs.push(text);
    size += Buffer.byteLength(text) + 2;
  }
  const topics = ev.topic === 'off' ? [] : [ev.topic];
  const headline = HEADLINES[ev.topic === 'off' ? 'off' : ev.topic](c);
  // The furniture has its own generator so that the page can be laid out again, the same way, with one
  // paragraph fewer while it is over the 4 KB ceiling.
  const lay = (): Page => layOut(rngFor(`${seed}:layout:${index}`), outlet, { paragraphs, headline, topics, iso: ev.iso, city: ev.city, dated });
  let page = lay();
  while (Buffer.byteLength(page.text) > MAX_BYTES && paragraphs.length > 3) {
    paragraphs.pop();
    page = lay();
  }
  return { ...page, index, event: eventIndex, outlet, topic: ev.topic, iso: ev.iso, dating, dated, speakers };
}

/**
 * The article's sentences in reading order; paragraphs are cut from this list until the target size. The
 * event chooses the sentences, the quotations and the wording, so that articles about one event read like
 * rewrites of one story; each article then drops a few sentences, words some groups its own way and picks
 * its own attribution forms.
 */
function compose(c: Ctx, rng: Rng, er: Rng, ev: EventSpec & { lead: number }, speakers: string[]): string[] {
  const wording = varyWording(rng, chooseWording(er));
  const say = (p: Person, pool: Template[]): string => {
    speakers.push(p.full);
    return attribute(c, rng, p, pool);
  };
  const eventKey = `${c.ev.iso}:${c.ev.city}:${c.ev.topic}:${c.ev.count}`;
  const keep = (units: string[]): string[] => units.filter((_, i) => i === 0 || !rng.chance(0.12)).map((u) => paraphrase(spin(u, eventKey, rng), wording));
  if (ev.topic === 'off') {
    const off = OFF_TOPIC[ev.off];
    const lead = off.leads[ev.lead % off.leads.length] as Template;
    const body = er.shuffle(off.body).map((t) => t(c));
    const general = er.shuffle(OFF_GENERAL).slice(0, 6).map((t) => t(c));
    const remarks = er.shuffle(OFF_REMARKS);
    const units = [lead(c), ...body.slice(0, 2), say(ev.iran, remarks.slice(0, 2)), ...body.slice(2), say(ev.russia, remarks.slice(2))];
    if (er.chance(0.3)) units.push((er.pick(TOPICS[ev.passing].passing) as Template)(c));
    units.push(...er.shuffle(DETAILS).slice(0, 3).map((t) => t(c)), ...general.slice(0, 4), ...er.shuffle(BACKGROUND).map((t) => t(c)), ...general.slice(4));
    return keep(units);
  }
  const text = TOPICS[ev.topic];
  const lead = text.leads[ev.lead % text.leads.length] as Template;
  const side = er.chance(0.5) ? ev.iran : ev.russia;
  const units: string[] = [lead(c), say(ev.west, er.shuffle(text.westSays))];
  units.push(...er.shuffle(text.claims).slice(0, 2).map((t) => t(c)));
  const body = er.shuffle(text.body).slice(0, 7).map((t) => t(c));
  units.push(...body.slice(0, 3), say(side, er.shuffle(text.denies)), ...body.slice(3, 5));
  units.push(say(ev.analyst, er.shuffle(text.analystSays)));
  if (er.chance(0.4)) units.push((er.pick(TOPICS[ev.passing].passing) as Template)(c));
  const details = er.shuffle([...DETAILS, ...MILITARY_DETAILS]).slice(0, 6).map((t) => t(c));
  units.splice(4, 0, ...details.slice(0, 2));
  units.push(...details.slice(2), ...body.slice(5));
  units.push(...er.shuffle(TOPICS[ev.passing].body).slice(0, 3).map((t) => t(c)), ...er.shuffle(BACKGROUND).map((t) => t(c)));
  return keep(units);
}

/** A quotation (the first utterances of `pool`) with its attribution, in one of the forms outlets use. */
function attribute(c: Ctx, rng: Rng, p: Person, pool: Template[]): string {
  const [first, second] = pool.map((t) => t(c)) as [string, string | undefined];
  const verb = rng.pick(['said', 'told reporters', 'said in a statement', 'told a news conference']);
  const style = rng.int(0, second ? 5 : 3);
  switch (style) {
    case 0:
      return `${c.q(`${first},`)} ${c.who(p)} ${verb}.`;
    case 1:
      return `${cap(c.who(p))} ${verb.replace('said in a statement', 'said')}: ${c.q(`${first}.`)}`;
    case 2:
      return `${c.q(`${first},`)} said ${c.whoEnd(p)}.`;
    case 3:
      return `According to ${c.whoEnd(p)}, ${c.q(`${lowerFirstWord(first)}.`)}`;
    case 4:
      return `${c.q(`${first},`)} ${c.who(p)} ${verb}. ${c.q(`${second}.`)}`;
    default:
      return `${cap(c.who(p))} said: ${c.q(`${first}.`)} ${c.q(`${second},`)} ${p.he} added.`;
  }
}

/** Lower-cases the first word of a quotation run into a sentence, unless it is a name or "I". */
function lowerFirstWord(text: string): string {
  const word = text.split(' ')[0] as string;
  return COMMON_STARTS.has(word) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}
const COMMON_STARTS = new Set(['We', 'These', 'Our', 'The', 'This', 'What', 'Without', 'No', 'If', 'Military', 'Sanctions']);

const HEADLINES: Record<TopicKey, Template> = {
  drones: (c) => c.rng.pick([`Iran–Russia drone ties are deepening, officials warn`, `${c.ev.system} drones: what Russia gets from Iran`, `Ukraine downs ${c.ev.count} Iranian-made drones in overnight attack`]),
  's-400': (c) => c.rng.pick(['Iran seeks Russian S-400 air defense system', 'Will Russia sell Iran the S-400?', 'S-400 deal would cross a red line, Israel warns']),
  'su-35': (c) => c.rng.pick(['Iran to receive Su-35 fighter jets from Russia', 'Iranian pilots trained on Sukhoi jets, report says', 'What the Su-35 changes for Iran’s air force']),
  syria: (c) => c.rng.pick(['Iran and Russia renew pledge to back Damascus', 'Strike near Damascus hits suspected Iranian arms depot', 'Syria: the war that bound Moscow and Tehran']),
  off: (c) => c.rng.pick(['Iran and Russia sign new cooperation deal', 'Tehran and Moscow widen ties beyond the military', 'A week in Iran–Russia relations']),
};
