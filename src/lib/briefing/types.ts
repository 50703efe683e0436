// The shapes of the briefing index. Builders take plain records (an id and validated data), so they run the
// same in Astro and in unit tests.
import type { EntityType } from '../../schema/article.ts';
import type { PlacedClaim, PlacedQuote, Sentence, SiteArticle } from '../../loaders/annotations.ts';

export interface ArticleRecord {
  id: string;
  data: SiteArticle;
}

/** A term's weight, or a weight that counts only near other terms of the topic (content/topics). */
export type TopicTerm = number | { weight: number; near: string[] };

export interface TopicRecord {
  id: string;
  data: { title: string; description?: string; terms: Record<string, TopicTerm>; related: string[] };
}

export interface EntityInfo {
  id: string;
  name: string;
  type: EntityType;
  role?: string;
  description?: string;
  /** In the editors' gazetteer (content/entities), not only discovered in articles. */
  known: boolean;
  /** Number of articles that name it. */
  articleCount: number;
  /** Number of sentences that mention it. */
  mentionCount: number;
}

/** The sentences of one article that mention one entity. */
export interface MentionGroup {
  article: ArticleRecord;
  sentences: Sentence[];
}

export interface QuoteRef {
  article: ArticleRecord;
  quote: PlacedQuote;
}

export interface ClaimRef {
  article: ArticleRecord;
  claim: PlacedClaim;
}

export interface SentenceRef {
  article: ArticleRecord;
  sentence: Sentence;
}

export interface Counted<T> {
  item: T;
  count: number;
}

/** What one article of a story says that the others do not. */
export interface StoryAdds {
  entities: EntityInfo[];
  quotes: PlacedQuote[];
  sentences: Sentence[];
}

export interface Story {
  id: string;
  /** The title and summary of its earliest article, which broke the story. */
  lead: ArticleRecord;
  /** Oldest first, undated last: the order the story unfolded in. */
  articles: ArticleRecord[];
  /** The articles compared side by side (all of a small story), in story order; `adds` is among these. */
  sideBySide: ArticleRecord[];
  /** Newest date among its articles (with that article's precision). */
  latest: string | null;
  outlets: Counted<string>[];
  adds: Map<string, StoryAdds>;
}

export interface TopicDigest {
  topic: TopicRecord;
  articles: ArticleRecord[];
  keySentences: SentenceRef[];
  allegations: ClaimRef[];
  denials: ClaimRef[];
  actors: Counted<EntityInfo>[];
  systems: Counted<EntityInfo>[];
  quotes: QuoteRef[];
  related: Counted<TopicRecord>[];
}

export interface MonthGroup {
  /** "YYYY-MM", or null for items dated to the year only. */
  month: string | null;
  articles: ArticleRecord[];
}

export interface YearGroup {
  year: string;
  months: MonthGroup[];
}

export interface Timeline {
  years: YearGroup[];
  undated: ArticleRecord[];
}

export interface SourceRow {
  name: string;
  count: number;
  latest: string | null;
  /** Other names it appears with: outlets for an author or agency, authors for an outlet. */
  with: string[];
}

export interface Sources {
  outlets: SourceRow[];
  authors: SourceRow[];
  agencies: SourceRow[];
  unattributed: number;
}
