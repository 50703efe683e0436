// What the rules see: every file read once, with its messages' VFile and, for YAML, the located document,
// so each rule can point at the exact key or list item it is about.
import type { VFile } from 'vfile';
import type { Knowledge } from '../pipeline/load-knowledge.ts';
import type { LocatedYaml } from '../pipeline/parse-yaml.ts';
import type { Draft } from '../pipeline/types.ts';
import type { ListedFile } from './list-files.ts';

export interface CheckedArticle {
  listed: ListedFile;
  draft: Draft;
  /** The editor's front-matter, located (null for .txt files and Markdown without front-matter). */
  front: LocatedYaml | null;
  /** True for an editor's file under content/, false for a raw seed. */
  editorial: boolean;
}

export interface CheckedKnowledgeFile {
  listed: ListedFile;
  file: VFile;
  yaml: LocatedYaml;
}

export interface Project {
  articles: CheckedArticle[];
  knowledge: Knowledge;
  knowledgeFiles: CheckedKnowledgeFile[];
  /** Files Sitrep does not read. */
  unknown: Array<{ listed: ListedFile; file: VFile }>;
  /** The day the check runs, YYYY-MM-DD (UTC); dates after it are in the future. */
  today: string;
}

export type Rule = (project: Project) => void;
