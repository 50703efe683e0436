// "Did you mean …?": the closest known name by edit distance, when it is close enough to be a likely typo.
import { distance } from 'fastest-levenshtein';

/** The candidate nearest to `input` (case-insensitive), or null when none is within a third of its length. */
export function suggest(input: string, candidates: Iterable<string>): string | null {
  const needle = input.toLowerCase();
  const limit = Math.max(2, Math.floor(needle.length / 3));
  let best: { name: string; d: number } | null = null;
  for (const name of candidates) {
    const d = distance(needle, name.toLowerCase());
    if (d <= limit && (best === null || d < best.d || (d === best.d && name < best.name))) best = { name, d };
  }
  return best?.name ?? null;
}
