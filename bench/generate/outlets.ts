// The outlets a synthetic article comes from, each with its page layout, quotation marks and spelling, and
// the many ways outlets print a date. About a third are outlets content/sources.yaml does not know, as the
// unseen articles of the evaluation will be.
import { MONTHS, WEEKDAYS } from './context.ts';
import type { Rng } from './random.ts';

export type LayoutId = 'reuters' | 'afp' | 'ap' | 'regional' | 'blog' | 'repost' | 'analysis' | 'tv' | 'editor';

export interface Outlet {
  name: string;
  short: string;
  domain: string;
  layout: LayoutId;
  curly: boolean;
  uk: boolean;
  /** Paragraphs separated by a single newline rather than a blank line. */
  tight: boolean;
  weight: number;
}

export const OUTLETS: Outlet[] = [
  { name: 'Reuters', short: 'Reuters', domain: 'reuters.com', layout: 'reuters', curly: false, uk: false, tight: false, weight: 10 },
  { name: 'The Associated Press', short: 'AP', domain: 'apnews.com', layout: 'ap', curly: false, uk: false, tight: false, weight: 6 },
  { name: 'Al Arabiya', short: 'Al Arabiya', domain: 'alarabiya.net', layout: 'afp', curly: true, uk: false, tight: false, weight: 6 },
  { name: 'The Times of Israel', short: 'ToI', domain: 'timesofisrael.com', layout: 'afp', curly: true, uk: false, tight: false, weight: 5 },
  { name: 'Iran International', short: 'Iran International', domain: 'iranintl.com', layout: 'regional', curly: true, uk: false, tight: true, weight: 8 },
  { name: 'Tehran Times', short: 'Tehran Times', domain: 'tehrantimes.com', layout: 'regional', curly: false, uk: true, tight: false, weight: 5 },
  { name: 'Press TV', short: 'Press TV', domain: 'presstv.ir', layout: 'tv', curly: true, uk: true, tight: false, weight: 5 },
  { name: 'Defense News', short: 'Defense News', domain: 'defensenews.com', layout: 'analysis', curly: true, uk: false, tight: false, weight: 6 },
  { name: 'Breaking Defense', short: 'Breaking Defense', domain: 'breakingdefense.com', layout: 'analysis', curly: true, uk: false, tight: false, weight: 4 },
  { name: 'Global Defense Corp', short: 'GDC', domain: 'globaldefensecorp.com', layout: 'blog', curly: true, uk: false, tight: true, weight: 5 },
  { name: 'All Arab News', short: 'AAN', domain: 'allarab.news', layout: 'repost', curly: true, uk: false, tight: false, weight: 4 },
  { name: 'Caspian Defence Review', short: 'CDR', domain: 'caspiandefence.net', layout: 'blog', curly: false, uk: true, tight: true, weight: 5 },
  { name: 'The Levant Monitor', short: 'Levant Monitor', domain: 'levantmonitor.org', layout: 'regional', curly: true, uk: true, tight: false, weight: 5 },
  { name: 'Eurasia Security Digest', short: 'ESD', domain: 'eurasiasecurity.eu', layout: 'analysis', curly: true, uk: true, tight: false, weight: 5 },
  { name: 'Gulf Wire Daily', short: 'GWD', domain: 'gulfwiredaily.com', layout: 'afp', curly: false, uk: false, tight: false, weight: 5 },
  { name: 'Channel 24 World', short: 'C24', domain: 'ch24world.tv', layout: 'tv', curly: true, uk: false, tight: false, weight: 4 },
  { name: 'Frontline Asia Post', short: 'FAP', domain: 'frontlineasia.news', layout: 'repost', curly: false, uk: true, tight: false, weight: 3 },
  { name: 'Sitrep editors', short: 'Sitrep', domain: 'sitrep.example.org', layout: 'editor', curly: true, uk: false, tight: false, weight: 3 },
];

export function pickOutlet(rng: Rng): Outlet {
  return rng.weighted(OUTLETS.map((o) => [o, o.weight] as const));
}

const AP_MONTHS = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const REUTERS_MONTHS = ['Jan', 'Feb', 'March', 'April', 'May', 'June', 'July', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];

function parts(iso: string): { y: number; m: number; d: number; wd: number } {
  const date = new Date(`${iso}T12:00:00Z`);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth(), d: date.getUTCDate(), wd: date.getUTCDay() };
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** A publication date line in one of the forms outlets print. */
export function dateLine(rng: Rng, iso: string): string {
  const { y, m, d, wd } = parts(iso);
  const time = `${pad(rng.int(6, 22))}:${pad(rng.int(0, 59))}`;
  return rng.pick([
    `${MONTHS[m]} ${d}, ${y}`,
    `${d} ${MONTHS[m]} ${y}`,
    `Published: ${d} ${MONTHS[m]} ${y}`,
    `Published ${MONTHS[m]} ${d}, ${y} ${time} GMT`,
    `${(WEEKDAYS[wd] as string).slice(0, 3)} ${d} ${SHORT_MONTHS[m]} ${y} ${time} GMT`,
    `${iso}`,
    `${pad(d)}.${pad(m + 1)}.${y} | ${time}`,
    `${y}/${pad(m + 1)}/${pad(d)}`,
    `Updated: ${AP_MONTHS[m]} ${d}, ${y}`,
    `${WEEKDAYS[wd]}, ${d} ${MONTHS[m]} ${y}`,
  ]);
}

/** Reuters dateline month and day: "Sept 20". */
export function reutersDay(iso: string): string {
  const { m, d } = parts(iso);
  return `${REUTERS_MONTHS[m]} ${d}`;
}

export function apDate(iso: string): string {
  const { y, m, d } = parts(iso);
  return `${AP_MONTHS[m]} ${d}, ${y}`;
}
