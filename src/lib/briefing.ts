// The briefing index for the site: the article and topic collections and the editors' gazetteer, loaded once
// and handed to the pure builder in ./briefing/. Pages import what they need from here.
import { getCollection, type CollectionEntry } from 'astro:content';
import { loadKnowledge } from '../pipeline/load-knowledge.ts';
import { CONTENT_DIR } from '../paths.ts';
import { buildBriefing, type Briefing } from './briefing/build.ts';

export type Article = CollectionEntry<'articles'>;
export type TopicEntry = CollectionEntry<'topics'>;
export type { Briefing } from './briefing/build.ts';
export type * from './briefing/types.ts';

let cached: Promise<Briefing> | null = null;

export function getBriefing(): Promise<Briefing> {
  cached ??= load();
  return cached;
}

async function load(): Promise<Briefing> {
  const [articles, topics] = await Promise.all([getCollection('articles'), getCollection('topics')]);
  const gazetteer = loadKnowledge(CONTENT_DIR).knowledge.entities;
  return buildBriefing({ articles, topics, gazetteer });
}
