// Groups articles about the same event into a story. Independent reports of one event rarely share a sentence
// or a rare person; they share what the event is made of: its places, weapon systems, numbers, days and key
// phrases (story-features.ts), weighted by their rarity in the corpus and compared by cosine
// (story-similarity.ts). Two articles are linked when
// - one is a copy of the other (containment of 4-word shingles ≥ 0.8), or
// - their story similarity reaches SIMILAR; when they share a passage word for word that is not both
//   articles' lead, that passage is background one outlet repeats (the same paragraph under this week's
//   story and last week's), and the similarity is taken on the rest of each text; a shared lead is one
//   event's wire copy rewritten, and links;
// and their dates allow one event (a week at most; a year resolved from a weekday agrees on month and day).
// A link joins two stories only when their members are alike on average (MEAN_SIMILAR), so that a chain of
// pairwise links never strings a week of different events into one, and never spans more than a week of
// dated members. Candidate pairs come from inverted indexes (sampled 8-word shingles, rare features), never
// from all pairs, so the step scales to tens of thousands of articles.
// The story id is the slug of the earliest member (by date, then slug); a member with no date of its own
// takes the story's date, and a year resolved from a weekday yields to the year a member states; the
// dateEvidence says so.
import type { Knowledge } from './load-knowledge.ts';
import { storyVectors } from './story-similarity.ts';
import { crossLanguageLinks, datesApart } from './story-across-languages.ts';
import type { Draft } from './types.ts';

const SAMPLE_SHINGLE = 8;
const SAMPLE_MOD = 8;
const VERIFY_SHINGLE = 4;
/** Containment above which two texts are copies of one story whatever else they share. */
const COPY = 0.8;
/** Containment from which two texts share a passage word for word. */
const PASSAGE = 0.05;
/** Words that make an article's lead: a passage both leads share is the event's own wording. */
const LEAD_WORDS = 70;
/** Characters a shared stretch must span to be a passage, not a stock phrase. */
const MIN_PASSAGE_CHARS = 60;
/** Story similarity (cosine of weighted features) from which two reports are of one event. */
const SIMILAR = 0.38;
/** Mean similarity across two stories' members for a link to join them. */
const MEAN_SIMILAR = 0.25;
const MAX_DAYS = 7;
/** Days between the days two leads name beyond which they are two events. */
const LEAD_DAYS = 2;
/** Days between the latest days two texts name beyond which one is a later development. */
const LATEST_DAYS = 60;
/** Sampled shingles two articles must share to be compared: a passage of some thirty words gives three. */
const MIN_SHARED = 2;
/** A shingle found in more articles than this is boilerplate or background, not a shared event. */
const MAX_BUCKET = 50;
const WORD = /[\p{L}\p{N}]+/gu;

export function clusterStories(drafts: Draft[], knowledge?: Knowledge): void {
  const n = drafts.length;
  const functionWords = new Set((knowledge?.language.functionWords ?? []).map((w) => w.toLowerCase()));
  const vectors = storyVectors(drafts, functionWords);
  // Each word hashed once; shingles are hashed from word hashes, never built as strings.
  const blockWords = drafts.map((d) => d.blocks.map((b) => [...b.text.toLowerCase().matchAll(WORD)]));
  const words = blockWords.map((blocks) => blocks.flatMap((ms) => ms.map((m) => fnv1a(m[0]))));
  // Pairs alike enough to be linked; any pair sharing a passage is looked at below.
  const candidates = new Set<number>([...vectors.pairs].filter(([, similarity]) => similarity >= SIMILAR).map(([key]) => key));

  const shingleBuckets = new Map<number, number[]>();
  words.forEach((w, i) => {
    const seen = new Set<number>();
    for (const h of shingleHashes(w, SAMPLE_SHINGLE)) {
      if (h % SAMPLE_MOD !== 0 || seen.has(h)) continue;
      seen.add(h);
      push(shingleBuckets, h, i);
    }
  });
  // Two articles meet when they share at least two sampled shingles: one shared stock phrase is not a passage.
  const sharedShingles = new Map<number, number>();
  for (const members of shingleBuckets.values()) {
    if (members.length < 2 || members.length > MAX_BUCKET) continue;
    for (let a = 0; a < members.length; a++) {
      for (let b = a + 1; b < members.length; b++) {
        const key = members[a]! * n + members[b]!;
        const count = (sharedShingles.get(key) ?? 0) + 1;
        sharedShingles.set(key, count);
        if (count === MIN_SHARED) candidates.add(key);
      }
    }
  }

  // Distinct shingle hashes, sorted, so that a pair is compared in one merge instead of a lookup per shingle.
  const shingles = new Map<number, Uint32Array>();
  const shingleSet = (i: number): Uint32Array => {
    let s = shingles.get(i);
    if (!s) shingles.set(i, (s = distinctSorted(Uint32Array.from(shingleHashes(words[i]!, VERIFY_SHINGLE)))));
    return s;
  };
  // Per article, the 4-word shingles inside each block (a shingle never spans two blocks here), in text order
  // with the block and characters each covers, and their hashes sorted with the position each stands at: the
  // stretches two articles share are read off their common shingles in one merge.
  interface BlockShingles {
    block: Int32Array;
    from: Int32Array;
    to: Int32Array;
    sortedHashes: Uint32Array;
    sortedPositions: Int32Array;
  }
  const blockShingles = new Map<number, BlockShingles>();
  const blockShingleIndex = (i: number): BlockShingles => {
    let index = blockShingles.get(i);
    if (index) return index;
    const hashes: number[] = [];
    const block: number[] = [];
    const from: number[] = [];
    const to: number[] = [];
    let w = 0;
    blockWords[i]!.forEach((ms, b) => {
      shingleHashes(words[i]!.slice(w, w + ms.length), VERIFY_SHINGLE).forEach((h, k) => {
        const last = ms[k + VERIFY_SHINGLE - 1]!;
        hashes.push(h);
        block.push(b);
        from.push(ms[k]!.index);
        to.push(last.index + last[0].length);
      });
      w += ms.length;
    });
    const order = Int32Array.from(hashes, (_, k) => k).sort((x, y) => hashes[x]! - hashes[y]! || x - y);
    index = {
      block: Int32Array.from(block),
      from: Int32Array.from(from),
      to: Int32Array.from(to),
      sortedHashes: Uint32Array.from(order, (k) => hashes[k]!),
      sortedPositions: order,
    };
    blockShingles.set(i, index);
    return index;
  };
  /**
   * The stretches of article i's blocks that article j repeats word for word (runs of shared 4-word shingles).
   * `common`: the shingles both articles hold, sorted (a block's shingle is one of its article's).
   */
  const sharedText = (i: number, common: Uint32Array): Map<number, Array<[number, number]>> => {
    const index = blockShingleIndex(i);
    const { sortedHashes, sortedPositions } = index;
    const shared = new Uint8Array(sortedHashes.length);
    for (let a = 0, c = 0; a < sortedHashes.length && c < common.length; ) {
      if (sortedHashes[a] === common[c]) shared[sortedPositions[a++]!] = 1;
      else if (sortedHashes[a]! < common[c]!) a++;
      else c++;
    }
    const out = new Map<number, Array<[number, number]>>();
    let ranges: Array<[number, number]> = [];
    let rangesBlock = -1;
    for (let k = 0; k < shared.length; k++) {
      if (shared[k] === 0) continue;
      const b = index.block[k]!;
      if (b !== rangesBlock) out.set((rangesBlock = b), (ranges = []));
      const last = ranges[ranges.length - 1];
      if (last && index.from[k]! <= last[1]) last[1] = Math.max(last[1], index.to[k]!);
      else ranges.push([index.from[k]!, index.to[k]!]);
    }
    return out;
  };
  /** People named inside the stretches of article i's lead (its first LEAD_WORDS words) that are shared. */
  const leadPeople = (i: number, shared: Map<number, Array<[number, number]>>): string[] => {
    const d = drafts[i]!;
    const out: string[] = [];
    let before = 0;
    blockWords[i]!.forEach((ms, b) => {
      const end = before >= LEAD_WORDS ? 0 : (ms[LEAD_WORDS - before]?.index ?? Infinity);
      before += ms.length;
      for (const [from, to] of shared.get(b) ?? []) {
        if (from >= end || to - from < MIN_PASSAGE_CHARS) continue;
        for (const span of d.blocks[b]!.spans) {
          if (span.kind === 'entity' && span.start >= from && span.end <= to && d.entities.find((e) => e.id === span.id)?.type === 'person') out.push(span.id);
        }
      }
    });
    return out;
  };

  // How strongly each candidate pair is linked: 1 for a copy, its story similarity otherwise.
  const strength = new Map<number, number>();
  for (const key of candidates) {
    const i = Math.floor(key / n);
    const j = key % n;
    if (dateAgreement(drafts[i]!, drafts[j]!) === 'apart' || daysApart(vectors.days[i]!, vectors.days[j]!)) continue;
    const common = sharedShingles.has(key) ? intersection(shingleSet(i), shingleSet(j)) : null;
    const wording = common ? common.length / Math.min(shingleSet(i).length, shingleSet(j).length) || 0 : 0;
    let similarity = vectors.pairs.get(key) ?? 0;
    if (wording >= COPY) similarity = 1;
    else if (wording < PASSAGE && similarity < SIMILAR) continue;
    // Below half the bar, neither a shared lead nor leaving text out can bring a pair to it: no need to look.
    else if (similarity < SIMILAR / 2) continue;
    else if (wording >= PASSAGE) {
      const [si, sj] = [sharedText(i, common!), sharedText(j, common!)];
      // A passage in both leads that names the same person, in articles half alike otherwise, is one event's
      // wire copy rewritten (what Grynkewich told the briefing); a passage in the lead of at most one is
      // background, and the rest of each text decides.
      const people = leadPeople(i, si);
      const event = similarity >= SIMILAR / 2 && leadPeople(j, sj).some((id) => people.includes(id));
      // Leaving text out never makes two articles much more alike: below the bar, no need to look again.
      similarity = event ? Math.max(similarity, SIMILAR) : similarity >= SIMILAR ? vectors.without(i, si, j, sj) : similarity;
    }
    if (similarity >= SIMILAR) strength.set(key, similarity);
  }
  // Reports of one event in two languages share no words, only what the event is made of.
  for (const [key, similarity] of crossLanguageLinks(drafts)) if (!strength.has(key)) strength.set(key, Math.max(similarity, SIMILAR));

  const parent = drafts.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const members = drafts.map((_, i) => [i]);
  // The days a story's dated members span: links never chain articles weeks apart into one story.
  const span = drafts.map((d) => {
    const day = explicitDay(d) ? Date.parse(d.date!.date) / 86_400_000 : null;
    return day === null ? { min: Infinity, max: -Infinity } : { min: day, max: day };
  });
  // A safety valve against chains of weak links: a story holds at most 2% of the corpus (12 at least).
  const maxStory = Math.max(12, Math.ceil(n / 50));
  const pairSimilarity = (a: number, b: number): number => {
    const key = Math.min(a, b) * n + Math.max(a, b);
    return strength.get(key) ?? vectors.pairs.get(key) ?? 0;
  };
  const joinable = (a: number, b: number): boolean => {
    if (members[a]!.length + members[b]!.length > maxStory) return false;
    const min = Math.min(span[a]!.min, span[b]!.min);
    const max = Math.max(span[a]!.max, span[b]!.max);
    if (max !== -Infinity && max - min > MAX_DAYS) return false;
    let sum = 0;
    for (const x of members[a]!) {
      for (const y of members[b]!) {
        // The days a text names are read in English only: across languages, the dates decide.
        if (drafts[x]!.lang === drafts[y]!.lang ? daysApart(vectors.days[x]!, vectors.days[y]!) : datesApart(drafts[x]!, drafts[y]!)) return false;
        sum += pairSimilarity(x, y);
      }
    }
    return sum / (members[a]!.length * members[b]!.length) >= MEAN_SIMILAR;
  };
  // Strongest links first, so that a story grows from its closest reports; ties by pair, for determinism.
  const links = [...strength].sort((x, y) => y[1] - x[1] || x[0] - y[0]);
  for (const [key] of links) {
    const [ri, rj] = [find(Math.floor(key / n)), find(key % n)];
    if (ri === rj || !joinable(ri, rj)) continue;
    parent[rj] = ri;
    members[ri] = [...members[ri]!, ...members[rj]!];
    span[ri] = { min: Math.min(span[ri]!.min, span[rj]!.min), max: Math.max(span[ri]!.max, span[rj]!.max) };
  }

  const groups = new Map<number, Draft[]>();
  drafts.forEach((d, i) => push(groups, find(i), d));
  for (const group of groups.values()) assignStory(group);
}

function assignStory(members: Draft[]): void {
  // A weekday-resolved year yields to the year another member of the story states in full.
  const stated = members.find((m) => explicitDay(m));
  for (const m of members) {
    if (!stated || !m.date || m.date.precision !== 'day' || explicitDay(m) || m.editor.date) continue;
    if (m.date.date.slice(4) === stated.date!.date.slice(4) && m.date.date !== stated.date!.date) {
      m.date = { date: stated.date!.date, precision: 'day', evidence: `${m.date.evidence} (year from the story, ${stated.sourceFile}: ${stated.date!.evidence})` };
    }
  }
  const dated = members.filter((m) => m.date && !m.date.evidence.startsWith('story date')).sort((a, b) => a.date!.date.localeCompare(b.date!.date) || a.slug!.localeCompare(b.slug!));
  const first = dated[0] ?? [...members].sort((a, b) => a.slug!.localeCompare(b.slug!))[0]!;
  for (const m of members) {
    m.story = m.editor.story ?? first.slug!;
    if (!m.date && dated[0] && members.length > 1) {
      m.date = { ...dated[0].date!, evidence: `story date, from ${dated[0].sourceFile}: ${dated[0].date!.evidence}` };
    }
  }
}

/**
 * Whether the days two texts name say they report different moments (no year needed: days are compared round
 * the calendar). The day a lead names is the event's ("On August 16 …"): two leads whose days are all more
 * than LEAD_DAYS apart report two events. No text names a past day later than its own date, so two reports of
 * one event name days up to about the same one: latest days more than LATEST_DAYS apart (more than any
 * scheduled date a report may add) tell a later development from the first.
 */
function daysApart(a: { lead: number[]; all: number[]; years: number[] }, b: { lead: number[]; all: number[]; years: number[] }): boolean {
  // The years two leads (and dates) state: none in common, two moments.
  if (a.years.length > 0 && b.years.length > 0 && !a.years.some((y) => b.years.includes(y))) return true;
  const distance = (x: number, y: number): number => Math.min(Math.abs(x - y), 366 - Math.abs(x - y));
  if (a.lead.length > 0 && b.lead.length > 0 && a.lead.every((x) => b.lead.every((y) => distance(x, y) > LEAD_DAYS))) return true;
  if (a.all.length === 0 || b.all.length === 0) return false;
  return distance(Math.max(...a.all), Math.max(...b.all)) > LATEST_DAYS;
}

/**
 * 'close': both dated to the day, at most a week apart; 'apart': their dates cannot be the same event (days
 * more than a week apart, or different years or months at the precision both have); 'unknown' otherwise.
 */
function dateAgreement(a: Draft, b: Draft): 'close' | 'apart' | 'unknown' {
  if (!a.date || !b.date) return 'unknown';
  if (a.date.precision === 'day' && b.date.precision === 'day') {
    // A year resolved from a weekday ("Thursday, April 9") may be any year in which that day fits: such a
    // date agrees with another on month and day.
    const sameYearKnown = explicitDay(a) && explicitDay(b);
    const shift = (d: Draft): number => Date.parse(sameYearKnown ? d.date!.date : `2000${d.date!.date.slice(4)}`);
    const days = Math.abs(shift(a) - shift(b)) / 86_400_000;
    return days <= MAX_DAYS ? (sameYearKnown ? 'close' : 'unknown') : 'apart';
  }
  const common = Math.min(a.date.date.length, b.date.date.length);
  return a.date.date.slice(0, common) === b.date.date.slice(0, common) ? 'unknown' : 'apart';
}

/** A day-precise date whose year the text states (or an editor set), not one resolved from a weekday. */
function explicitDay(d: Draft): boolean {
  return d.date?.precision === 'day' && (/\d{4}/.test(d.date.evidence) || d.date.evidence === 'front-matter') && !d.date.evidence.startsWith('story date');
}

/** Hashes of every run of k words, from the words' hashes. */
function shingleHashes(words: number[], k: number): number[] {
  const out: number[] = [];
  for (let i = 0; i + k <= words.length; i++) {
    let h = 0x811c9dc5;
    for (let j = i; j < i + k; j++) h = Math.imul(h ^ words[j]!, 0x01000193) ^ (h >>> 15);
    out.push(h >>> 0);
  }
  return out;
}

/** The values two sorted sets share, sorted: their size over the smaller set's is the containment of two texts. */
function intersection(a: Uint32Array, b: Uint32Array): Uint32Array {
  const out = new Uint32Array(Math.min(a.length, b.length));
  let n = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] === b[j]) {
      out[n++] = a[i]!;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return out.subarray(0, n);
}

function distinctSorted(values: Uint32Array): Uint32Array {
  values.sort();
  let n = 0;
  for (let i = 0; i < values.length; i++) if (n === 0 || values[i] !== values[n - 1]) values[n++] = values[i]!;
  return values.subarray(0, n);
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** 32-bit FNV-1a: a fixed hash, so that the same corpus always samples the same shingles. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
