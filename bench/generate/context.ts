// What a sentence template can ask of the article it is written into: the event, its people (named in full
// the first time, by surname after), the outlet's quotation marks and spelling, and the way dates are told.
import type { Person } from './people.ts';
import type { Rng } from './random.ts';

export type TopicKey = 'drones' | 's-400' | 'su-35' | 'syria' | 'off';
export type OffSubject = 'energy' | 'trade' | 'football' | 'quake' | 'film' | 'space';

export interface EventSpec {
  topic: TopicKey;
  off: OffSubject;
  /** ISO date of the event. */
  iso: string;
  city: string;
  /** The weapon system at the centre of the story. */
  system: string;
  /** A number the story turns on (drones delivered, jets ordered, …). */
  count: number;
  west: Person;
  iran: Person;
  russia: Person;
  analyst: Person;
  /** A place the story happens at ("the Kashan airfield"). */
  site: string;
  /** Another topic that the article mentions once, in passing. */
  passing: Exclude<TopicKey, 'off'>;
}

export type Template = (c: Ctx) => string;

export class Ctx {
  readonly rng: Rng;
  readonly ev: EventSpec;
  readonly uk: boolean;
  readonly curly: boolean;
  /** How the text dates the event: 'full' names day and month, 'weekday' only the weekday, 'none' neither. */
  readonly dating: 'full' | 'weekday' | 'none';
  private readonly met = new Set<string>();

  constructor(rng: Rng, ev: EventSpec, style: { uk: boolean; curly: boolean; dating: 'full' | 'weekday' | 'none' }) {
    this.rng = rng;
    this.ev = ev;
    this.uk = style.uk;
    this.curly = style.curly;
    this.dating = style.dating;
  }

  /** "Russian Defense Minister Sergei Shoigu" or "Sergei Shoigu, Russia's defence minister," first; "Shoigu" after. */
  who(p: Person, allowAppos = true): string {
    if (this.met.has(p.full)) return p.short;
    this.met.add(p.full);
    if (allowAppos && this.rng.chance(0.45)) return `${p.full}, ${p.appos},`;
    return `${p.pre} ${p.full}`;
  }

  /** Like `who` for the end of a clause, where an apposition takes no trailing comma. */
  whoEnd(p: Person): string {
    return this.who(p).replace(/,$/, '');
  }

  /** Wraps an utterance in the outlet's quotation marks. */
  q(text: string): string {
    return this.curly ? `“${text}”` : `"${text}"`;
  }

  /** A single scare-quoted word, as outlets write "burgeoning". */
  scare(word: string): string {
    return this.curly ? `“${word}”` : `"${word}"`;
  }

  get defence(): string {
    return this.uk ? 'defence' : 'defense';
  }

  get weekday(): string {
    return WEEKDAYS[new Date(`${this.ev.iso}T12:00:00Z`).getUTCDay()] as string;
  }

  /** When the event happened, as precisely as this article's dating allows. */
  when(): string {
    const d = new Date(`${this.ev.iso}T12:00:00Z`);
    if (this.dating === 'full') return `on ${this.weekday}, ${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}`;
    if (this.dating === 'weekday') return `on ${this.weekday}`;
    return this.rng.pick(['this week', 'recently', 'last week', 'earlier this month']);
  }

  year(): number {
    return Number(this.ev.iso.slice(0, 4));
  }

  /** A count in words below ten, the way newsrooms write it. */
  num(n: number): string {
    return n < 10 ? (SMALL[n] as string) : n.toLocaleString('en-US');
  }
}

/** Capitalises a mention that starts a sentence ("analyst Jane Doe said" → "Analyst Jane Doe said"). */
export const cap = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const SMALL = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
