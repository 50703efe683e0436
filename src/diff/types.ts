// The shape of `npm run diff`'s report, as JSON prints it and the Markdown renderer reads it. Everything a
// reader of the site would see differently is here; nothing else is.
import type { ClaimStance, EntityType } from '../schema/article.ts';

/** An article as the report names it: its page, title and where it comes from. */
export interface ArticleRef {
  slug: string;
  title: string;
  sourceFile: string;
  /** The article's page once the change is merged (null for an article that leaves the site). */
  url: string | null;
  source: string | null;
  date: string | null;
}

export interface ValueChange<T> {
  before: T;
  after: T;
}

export interface ListChange {
  added: string[];
  removed: string[];
}

/** What an article says differently; only the fields that changed are present. */
export interface ArticleChanges {
  title?: ValueChange<string>;
  slug?: ValueChange<string>;
  date?: ValueChange<string | null>;
  source?: ValueChange<string | null>;
  author?: ValueChange<string | null>;
  agency?: ValueChange<string | null>;
  summary?: ValueChange<string>;
  topics?: ListChange;
  /** Entities by name; `roles` lists the ones named in both whose role in this article changed. */
  entities?: ListChange & { roles: Array<{ name: string; before: string | null; after: string | null }> };
  quotes?: ListChange;
  claims?: ListChange;
  /** The body's paragraphs: how many there were and are, and how many of today's are new or reworded. */
  text?: { before: number; after: number; changed: number };
}

export interface ChangedArticle extends ArticleRef {
  changes: ArticleChanges;
}

/** An article that no longer builds (an error): it is not on the site until the error is fixed. */
export interface FailingArticle {
  sourceFile: string;
  /** The page it had before, if any. */
  slug: string | null;
  message: string;
}

export interface StoryRef {
  id: string;
  url: string;
  /** The title of its earliest article, as the site shows the story. */
  title: string;
}

export interface NewStory extends StoryRef {
  articles: ArticleRef[];
  outlets: string[];
}

export interface JoinedStory extends StoryRef {
  joining: ArticleRef[];
  /** Outlets of the articles already in the story. */
  outlets: string[];
  /** Articles already in it. */
  before: number;
}

export interface EntityRef {
  id: string;
  name: string;
  type: EntityType;
  role: string | null;
  url: string;
}

export interface FirstNamed extends EntityRef {
  articles: ArticleRef[];
}

export interface RoleChange extends EntityRef {
  before: string | null;
}

export interface NewQuote {
  text: string;
  article: ArticleRef;
  /** The article's page anchored at the quote's paragraph. */
  url: string | null;
}

export interface SpeakerQuotes {
  speaker: string;
  speakerId: string | null;
  quotes: NewQuote[];
}

export interface NewClaim {
  stance: ClaimStance;
  holder: string | null;
  text: string;
  article: ArticleRef;
  url: string | null;
}

export interface TopicClaims {
  /** The topics of the claims' articles (none: articles without a topic). */
  topics: string[];
  title: string;
  claims: NewClaim[];
}

export interface TopicCount {
  topic: string;
  title: string;
  url: string;
  before: number;
  after: number;
  /** Months (YYYY-MM) in which the topic gets its first article. */
  newMonths: string[];
}

export interface CheckMessage {
  path: string;
  line: number;
  column: number;
  severity: 'error' | 'warning';
  message: string;
}

export interface DiffReport {
  base: { ref: string; commit: string };
  head: { ref: string; commit: string | null };
  /** False when nothing a reader sees changes: "no change to the briefing". */
  changed: boolean;
  /** Files under content/ and seeds/ that differ between the two. */
  files: string[];
  articles: { added: ArticleRef[]; removed: ArticleRef[]; changed: ChangedArticle[]; failing: FailingArticle[] };
  stories: { new: NewStory[]; joined: JoinedStory[] };
  entities: { firstNamed: FirstNamed[]; roleChanged: RoleChange[]; noLongerNamed: EntityRef[] };
  quotes: SpeakerQuotes[];
  claims: TopicClaims[];
  topics: TopicCount[];
  check: { errors: number; warnings: number; messages: CheckMessage[] };
}
