// How alike two articles' events are: the cosine of their story features (story-features.ts), each weighted by
// its rarity in the corpus (TF-IDF). A feature most articles share ("Iran", "said", "drones" in a corpus about
// drones) says nothing of the event and weighs little; one few articles share ("Hamadan", "second battery",
// "08-16") says much. Pairs are found through an inverted index of the rare features only, so the cost is
// bounded by the size of their posting lists, never by all pairs; common features are left out of the dot
// product, which can only lower a similarity, never raise one.
import { featureOccurrences, featuresOf, type Occurrences, type Skip } from './story-features.ts';
import type { Draft } from './types.ts';

/** A feature found in more articles than this is background to the corpus, not an event's signature. */
const MAX_POSTING = 50;
/** ...nor one in more than this share of a large corpus. */
const MAX_SHARE = 0.05;
/** Below this many articles every shared feature is compared: the share above would exclude too much. */
const MIN_POSTING = 10;

export interface StoryVectors {
  /** Similarity of every pair that shares a rare feature, by pair key `i * n + j` (i < j). */
  pairs: Map<number, number>;
  /** The similarity of two articles with some of their blocks left out (passages they share word for word). */
  without: (a: number, skipA: Skip, b: number, skipB: Skip) => number;
  /** The calendar days (day of a leap year, 0-365) each article names: in its lead, and all of them. */
  days: Array<{ lead: number[]; all: number[]; years: number[] }>;
  /** Whether a feature is rare enough to tell events apart (shared, but by few articles). */
  rare: (id: number) => boolean;
}

export function storyVectors(drafts: Draft[], functionWords: ReadonlySet<string> = new Set()): StoryVectors {
  const n = drafts.length;
  const dictionary = new Map<string, number>();
  const days: StoryVectors['days'] = [];
  // Each article is read once; a part of it is counted again from the same occurrences.
  const occurrences: Occurrences[] = drafts.map((d) => featureOccurrences(d, functionWords));
  const raw = drafts.map((d, i) => {
    const features = featuresOf(occurrences[i]!);
    const named = [...features].filter(([key]) => key.startsWith('day:'));
    const years = [...features].filter(([key, f]) => f.lead && /^number:(?:19|20)\d\d$/.test(key)).map(([key]) => Number(key.slice(7)));
    if (d.date && explicitYear(d)) years.push(Number(d.date.date.slice(0, 4)));
    days.push({ lead: named.filter(([, f]) => f.lead).map(([key]) => dayOfYear(key)), all: named.map(([key]) => dayOfYear(key)), years });
    return [...features].map(([key, f]): [number, number] => {
      let id = dictionary.get(key);
      if (id === undefined) dictionary.set(key, (id = dictionary.size));
      return [id, f.weight];
    });
  });
  const df = new Int32Array(dictionary.size);
  for (const features of raw) for (const [id] of features) df[id]!++;
  const idf = (id: number): number => Math.log(1 + n / df[id]!);

  const limit = Math.min(MAX_POSTING, Math.max(MIN_POSTING, Math.ceil(n * MAX_SHARE)));
  const rare = (id: number): boolean => df[id]! >= 2 && df[id]! <= limit;
  // Per article, sorted feature ids and their weights, scaled to unit length over every feature.
  const ids: Int32Array[] = [];
  const weights: Float64Array[] = [];
  for (const features of raw) {
    features.sort((a, b) => a[0] - b[0]);
    ids.push(Int32Array.from(features, ([id]) => id));
    weights.push(unit(Float64Array.from(features, ([id, x]) => x * idf(id))));
  }

  // The same measure on a part of each article: features of the blocks kept, the corpus's weights.
  const partial = (i: number, skip: Skip): Map<number, number> => {
    const kept = [...featuresOf(occurrences[i]!, skip)].map(([key, f]): [number, number] => [dictionary.get(key)!, f.weight * idf(dictionary.get(key)!)]);
    const w = unit(Float64Array.from(kept, ([, x]) => x));
    return new Map(kept.map(([id], k) => [id, w[k]!]));
  };
  const without = (a: number, skipA: Skip, b: number, skipB: Skip): number => {
    const va = partial(a, skipA);
    const vb = partial(b, skipB);
    let dot = 0;
    for (const [id, x] of va) if (rare(id)) dot += x * (vb.get(id) ?? 0);
    return dot;
  };

  const postings = new Map<number, Array<[article: number, weight: number]>>();
  ids.forEach((list, i) => {
    list.forEach((id, k) => {
      if (!rare(id)) return;
      let p = postings.get(id);
      if (!p) postings.set(id, (p = []));
      p.push([i, weights[i]![k]!]);
    });
  });
  const pairs = new Map<number, number>();
  for (const id of [...postings.keys()].sort((a, b) => a - b)) {
    const p = postings.get(id)!;
    for (let a = 0; a < p.length; a++) {
      for (let b = a + 1; b < p.length; b++) {
        const key = p[a]![0] * n + p[b]![0];
        pairs.set(key, (pairs.get(key) ?? 0) + p[a]![1] * p[b]![1]);
      }
    }
  }
  return { pairs, without, rare, days };
}

/** A date whose year the text states (or an editor set), not one resolved from a weekday. */
function explicitYear(d: Draft): boolean {
  return d.date !== null && (/\d{4}/.test(d.date.evidence) || d.date.evidence === 'front-matter') && !d.date.evidence.startsWith('story date');
}

/** "day:08-16" → its day in a leap year. */
function dayOfYear(key: string): number {
  const [month, day] = key.slice(4).split('-').map(Number);
  return (Date.UTC(2000, month! - 1, day!) - Date.UTC(2000, 0, 1)) / 86_400_000;
}

function unit(w: Float64Array): Float64Array {
  let sum = 0;
  for (const x of w) sum += x * x;
  const norm = Math.sqrt(sum) || 1;
  for (let k = 0; k < w.length; k++) w[k]! /= norm;
  return w;
}
