// One person spelt two ways by transliteration ("Shahriar Heidari" / "Shahryar Heydari", "Dehghan" / "Dehqan",
// "Mohammed" / "Mohammad"): names are compared on a normalised form (diacritics, y/i, kh/h, gh/q, doubled
// letters folded), and two names are one person when their consonant skeletons agree and the normalised forms
// differ by at most two letters. Within an article a discovered person takes the id of the gazetteer's or of
// the one named first; across the corpus every spelling takes the id of the one most articles use.
import type { ArticleEntity } from '../schema/article.ts';
import type { Gazetteer } from './find-entities.ts';
import type { Draft } from './types.ts';

const MAX_EDITS = 2;

/** "Shahryar Heydari" → "shahriar heidari": the letters transliterations swap for one another, folded. */
export function normalName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\s]/gu, '')
    .replace(/kh/g, 'h')
    .replace(/gh|q/g, 'g')
    .replace(/ph/g, 'f')
    .replace(/w/g, 'v')
    .replace(/ou|oo/g, 'u')
    .replace(/ee/g, 'i')
    .replace(/y/g, 'i')
    .replace(/(\p{L})\1+/gu, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The consonants of each word after its first letter: "shahriar heidari" → "shr hdr". */
function skeleton(normal: string): string {
  return normal
    .split(' ')
    .map((w) => w[0] + w.slice(1).replace(/[aeiouh]/g, '').replace(/(\p{L})\1+/gu, '$1'))
    .join(' ');
}

export function sameVariant(a: string, b: string): boolean {
  const x = normalName(a);
  const y = normalName(b);
  if (x === y) return true;
  if (x.split(' ').length < 2 || skeleton(x) !== skeleton(y)) return false;
  return editDistance(x, y, MAX_EDITS) <= MAX_EDITS;
}

/** Levenshtein distance, stopping once it exceeds `cap`. */
function editDistance(a: string, b: string, cap: number): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row.push(Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    if (Math.min(...row) > cap) return cap + 1;
    prev = row;
  }
  return prev[b.length]!;
}

/** Within one article: a discovered person spelt as a listed one, or as one named before, becomes that one. */
export function mergeVariantsInArticle(draft: Draft, g: Gazetteer, people: Map<string, ArticleEntity[]>): void {
  const renamed = new Map<string, ArticleEntity>();
  const kept: ArticleEntity[] = [];
  for (const e of draft.entities) {
    if (e.type !== 'person' || g.byId.has(e.id)) {
      kept.push(e);
      continue;
    }
    const key = skeleton(normalName(e.name));
    const same = (people.get(key) ?? []).find((p) => sameVariant(p.name, e.name)) ?? kept.find((k) => k.type === 'person' && k.id !== e.id && sameVariant(k.name, e.name));
    if (!same) {
      kept.push(e);
      continue;
    }
    renamed.set(e.id, same);
    if (!kept.some((k) => k.id === same.id)) kept.push(same);
  }
  if (renamed.size === 0) return;
  draft.entities = kept;
  for (const block of draft.blocks) for (const s of block.spans) if (s.kind === 'entity' && renamed.has(s.id)) s.id = renamed.get(s.id)!.id;
}

const cache = new WeakMap<Gazetteer, Map<string, ArticleEntity[]>>();

/** The gazetteer's people by skeleton, for mergeVariantsInArticle; built once per gazetteer. */
export function peopleBySkeleton(g: Gazetteer): Map<string, ArticleEntity[]> {
  const hit = cache.get(g);
  if (hit) return hit;
  const map = new Map<string, ArticleEntity[]>();
  cache.set(g, map);
  for (const e of g.byId.values()) {
    if (e.type !== 'person') continue;
    for (const name of [e.name, ...e.aliases]) {
      const key = skeleton(normalName(name));
      const list = map.get(key) ?? [];
      list.push({ id: e.id, name: e.name, type: 'person', ...(e.role ? { role: e.role } : {}) });
      map.set(key, list);
    }
  }
  return map;
}

/** Across articles: every spelling of a discovered person takes the id and name most articles give them. */
export function mergeVariantsAcrossArticles(drafts: Draft[]): void {
  const groups = new Map<string, Map<string, { name: string; count: number }>>();
  for (const d of drafts) {
    for (const e of d.entities) {
      if (e.type !== 'person' || e.name.split(/\s+/).length < 2) continue;
      const key = skeleton(normalName(e.name));
      const byId = groups.get(key) ?? new Map<string, { name: string; count: number }>();
      const entry = byId.get(e.id) ?? { name: e.name, count: 0 };
      entry.count++;
      byId.set(e.id, entry);
      groups.set(key, byId);
    }
  }
  const target = new Map<string, { id: string; name: string }>();
  for (const byId of groups.values()) {
    if (byId.size < 2) continue;
    // The most used spelling first (ties by id, so the choice does not depend on the order of the input).
    const ranked = [...byId].sort((a, b) => b[1].count - a[1].count || a[0].localeCompare(b[0]));
    for (let i = 1; i < ranked.length; i++) {
      const [id, { name }] = ranked[i]!;
      const to = ranked.slice(0, i).find(([, other]) => sameVariant(other.name, name));
      if (to) target.set(id, target.get(to[0]) ?? { id: to[0], name: to[1].name });
    }
  }
  if (target.size === 0) return;
  for (const d of drafts) {
    const seen = new Set<string>();
    d.entities = d.entities.flatMap((e) => {
      const to = target.get(e.id);
      const merged = to ? { ...e, id: to.id, name: to.name } : e;
      if (seen.has(merged.id)) return [];
      seen.add(merged.id);
      return [merged];
    });
    for (const block of d.blocks) for (const s of block.spans) if (s.kind === 'entity' && target.has(s.id)) s.id = target.get(s.id)!.id;
    for (const q of d.quotes ?? []) if (q.speakerId && target.has(q.speakerId)) q.speakerId = target.get(q.speakerId)!.id;
  }
}
