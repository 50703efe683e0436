// The record every transform reads and enriches. Transforms are pure functions of (draft, knowledge): they
// read what earlier steps set and add their own part; problems go to `draft.file` as positioned messages.
import type { VFile } from 'vfile';
import type { ArticleEntity, Claim, DatePrecision, Quote } from '../schema/article.ts';
import type { EditorFrontMatter } from '../schema/editor.ts';

/** A mention, quotation or claim marked inside a block's text, by character offsets into `Block.text`. */
export type Span =
  | { kind: 'entity'; start: number; end: number; id: string }
  | { kind: 'quote'; start: number; end: number; quote: number }
  | { kind: 'claim'; start: number; end: number; claim: number }
  /** Formatting an editor wrote in Markdown (set by apply-formatting; links are http(s) or mailto only). */
  | { kind: 'emphasis'; start: number; end: number }
  | { kind: 'strong'; start: number; end: number }
  | { kind: 'link'; start: number; end: number; href: string };

export type EntitySpan = Extract<Span, { kind: 'entity' }>;

export interface Block {
  kind: 'paragraph' | 'caption';
  text: string;
  /** 1-based line of the block's first character in the source file. */
  line: number;
  spans: Span[];
}

export interface RemovedLine {
  text: string;
  /** Id of the rule that removed it: a boilerplate rule, "teaser", "byline", … */
  rule: string;
  line: number;
}

export interface DateFinding {
  date: string;
  precision: DatePrecision;
  evidence: string;
}

export interface Draft {
  file: VFile;
  /** Path of the input as given to ingest, relative to the working directory, with forward slashes. */
  sourceFile: string;
  /**
   * Decoded text of the body (front-matter removed), LF line ends, NFC. For an editor's Markdown,
   * parse-markdown replaces it with its text: one line per block, on the block's first source line.
   */
  text: string;
  /** Line in the source file where `text` starts (after the front-matter). */
  firstLine: number;
  editor: EditorFrontMatter;
  /** Set by parse-markdown for an editor's Markdown: source lines where a block starts, and link URLs. */
  markdown?: { blockStarts: number[]; links: string[] };
  /** Body lines that survived cleaning, with their source line. Set by clean-boilerplate. */
  /** `caption` marks a line whose picture credit page-furniture split off: segment-blocks keeps it a caption. */
  lines: Array<{ text: string; line: number; caption?: boolean }>;
  blocks: Block[];
  removed: RemovedLine[];
  title: string | null;
  slug: string | null;
  date: DateFinding | null;
  source: string | null;
  author: string | null;
  agency: string | null;
  topics: string[];
  entities: ArticleEntity[];
  quotes: Quote[];
  claims: Claim[];
  summary: string;
  story: string | null;
  /** The dateline the cleaner took off the first paragraph ("TEHRAN, Sept 20 (Reuters) -"), as metadata. */
  dateline?: Dateline;
}

export interface Dateline {
  text: string;
  /** The place it names ("TEHRAN" → "Tehran"), or null. */
  place: string | null;
  line: number;
}
