// The library behind `npm run check`: validates everything under content/ and seeds/ without building the
// site. Each file is read once; knowledge and articles go through the same loaders and transforms as the
// build (so the check can never disagree with it), then the cross-file rules below run. Every problem is a
// positioned message on its file; nothing stops at the first one.
import fs from 'node:fs';
import path from 'node:path';
import { VFile } from 'vfile';
import { loadKnowledge, type Knowledge } from '../pipeline/load-knowledge.ts';
import { locateYaml } from '../pipeline/parse-yaml.ts';
import { readArticle } from '../pipeline/read-article.ts';
import { runArticle } from '../pipeline/pipeline.ts';
import { splitFrontMatter } from '../pipeline/split-front-matter.ts';
import { hasErrors } from '../pipeline/ingest.ts';
import { patternProblem } from '../pipeline/editor-pattern.ts';
import { listFiles, type ListedFile } from './list-files.ts';
import { checkText } from './text-file.ts';
import type { CheckedArticle, CheckedKnowledgeFile, Project, Rule } from './project.ts';
import type { Draft } from '../pipeline/types.ts';
import { unknownReferences } from './unknown-references.ts';
import { duplicateIds } from './duplicate-ids.ts';
import { duplicateSlugs } from './duplicate-slugs.ts';
import { futureDates } from './future-dates.ts';
import { boilerplatePatterns } from './boilerplate-patterns.ts';
import { outletNames } from './outlet-names.ts';
import { unknownFiles } from './unknown-files.ts';
import { emptyArticles } from './empty-articles.ts';
import { topicIntros } from './topic-intros.ts';
import { unknownStories } from './unknown-stories.ts';

export interface CheckOptions {
  /** The project directory; message paths are relative to it. */
  root: string;
  contentDir?: string;
  seedsDir?: string;
  /** YYYY-MM-DD; default today (UTC). */
  today?: string;
  /**
   * An article already run through the per-article transforms from these very bytes, with this knowledge and
   * today's date (the ingest cache: `npm run diff` passes it), or null to run them here.
   */
  draftOf?: (sourceFile: string, bytes: Uint8Array) => Draft | null;
}

export interface CheckResult {
  /** Every file checked, each with its messages (errors have `fatal: true`). */
  files: VFile[];
}

export const RULES: ReadonlyArray<[name: string, rule: Rule]> = [
  ['unknown-files', unknownFiles],
  ['empty-articles', emptyArticles],
  ['duplicate-ids', duplicateIds],
  ['boilerplate-patterns', boilerplatePatterns],
  ['topic-intros', topicIntros],
  ['unknown-references', unknownReferences],
  ['future-dates', futureDates],
  ['duplicate-slugs', duplicateSlugs],
  ['unknown-stories', unknownStories],
  ['outlet-names', outletNames],
];

/**
 * Markup the build neutralises (and reports as a warning, so the page still builds) but a check refuses: a
 * pull request must not carry a script, an event handler or a javascript: link, even a harmless one.
 */
export const REJECTED_BY_CHECK = new Set(['unsafe-html', 'unsafe-link']);

export function checkProject(options: CheckOptions): CheckResult {
  const layout = { root: options.root, contentDir: options.contentDir ?? 'content', seedsDir: options.seedsDir ?? 'seeds' };
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const listed = listFiles(layout);
  const failedText = new Map<string, VFile>();
  const bytes = new Map<string, Uint8Array>();
  for (const l of listed) {
    if (l.refused !== null) {
      const file = new VFile({ path: l.path });
      file.message(l.refused, { place: { line: 1, column: 1 }, ruleId: 'read', source: 'sitrep' }).fatal = true;
      failedText.set(l.path, file);
      continue;
    }
    if (l.kind === 'readme' || l.kind === 'checksums' || l.kind === 'unknown') continue;
    const data = fs.readFileSync(l.absolute!);
    const file = new VFile({ path: l.path });
    if (checkText(file, data, { utf8Only: l.kind !== 'article' })) bytes.set(l.path, data);
    else failedText.set(l.path, file);
  }

  const loaded = loadKnowledge(path.resolve(options.root, layout.contentDir), options.root);
  const byPath = new Map(listed.map((l) => [l.path, l]));
  const knowledgeFiles: CheckedKnowledgeFile[] = [];
  for (const file of loaded.files) {
    // A file the loader could not read (a folder named like one, say; its message says why) has no YAML.
    if (file.value === undefined) {
      if (!failedText.has(file.path)) failedText.set(file.path, file);
      continue;
    }
    const l = byPath.get(file.path);
    if (!l || failedText.has(l.path)) continue;
    const text = String(file.value);
    const split = l.kind === 'topic' ? splitFrontMatter(text) : null;
    const yaml = locateYaml(split ? { text: split.yaml ?? '', line: 2 } : { text, line: 1 });
    knowledgeFiles.push({ listed: l, file, yaml });
  }
  const knowledge = withCompilingPatterns(loaded.knowledge);

  const articles = listed
    .filter((l) => l.kind === 'article' && bytes.has(l.path))
    .map((l) => readChecked(l, bytes.get(l.path)!, knowledge, layout.contentDir, today, options.draftOf));
  const unknown = listed.filter((l) => l.kind === 'unknown' && l.refused === null).map((l) => ({ listed: l, file: new VFile({ path: l.path }) }));

  const project: Project = { articles, knowledge, knowledgeFiles, unknown, today };
  for (const [, rule] of RULES) rule(project);

  const files = [...failedText.values(), ...knowledgeFiles.map((k) => k.file), ...articles.map((a) => a.draft.file), ...unknown.map((u) => u.file)];
  for (const file of files) for (const m of file.messages) if (m.ruleId && REJECTED_BY_CHECK.has(m.ruleId)) m.fatal = true;
  return { files };
}

function readChecked(listed: ListedFile, data: Uint8Array, knowledge: Knowledge, contentDir: string, today: string, draftOf: CheckOptions['draftOf']): CheckedArticle {
  const made = draftOf?.(listed.path, data) ?? null;
  const draft = made ?? readArticle(data, listed.path);
  const split = listed.path.endsWith('.md') ? splitFrontMatter(String(draft.file.value)) : null;
  const front = split?.yaml != null ? locateYaml({ text: split.yaml, line: 2 }) : null;
  if (!made && !hasErrors(draft.file)) runArticle(draft, knowledge, { referenceDate: new Date(`${today}T12:00:00Z`) });
  return { listed, draft, front, editorial: listed.path.startsWith(`${contentDir.replace(/\/$/, '')}/`) };
}

/** A boilerplate pattern that does not compile is reported by its rule; the articles are checked without it. */
function withCompilingPatterns(knowledge: Knowledge): Knowledge {
  const compiles = (p: { pattern: string }) => patternProblem(p.pattern) === null;
  const b = knowledge.boilerplate;
  return {
    ...knowledge,
    boilerplate: { ...b, lines: b.lines.filter(compiles), prefixes: b.prefixes.filter(compiles), trailing: b.trailing.filter(compiles), listHeadings: b.listHeadings.filter(compiles) },
  };
}
