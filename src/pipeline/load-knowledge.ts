// Reads what editors own under content/ (topics, entities, outlets, boilerplate and language cues) into one
// validated Knowledge object. Every problem is a positioned message; a broken file is skipped, never half-read.
import fs from 'node:fs';
import path from 'node:path';
import { VFile } from 'vfile';
import type { z } from 'astro/zod';
import { parseYaml } from './parse-yaml.ts';
import { usableRules } from './editor-pattern.ts';
import { readDataFile, shapeProblem, type DataText } from './read-data-file.ts';
import { realRoots, resolveFile } from './safe-files.ts';
import { splitFrontMatter } from './split-front-matter.ts';
import {
  boilerplateFileSchema,
  entityFileSchema,
  languageFileSchema,
  sourcesFileSchema,
  topicSchema,
  type BoilerplateFile,
  type EntityEntry,
  type LanguageFile,
  type SourcesFile,
  type Topic,
} from '../schema/knowledge.ts';
import { siteFileSchema, type SiteFile } from '../schema/site.ts';

export interface Knowledge {
  topics: Topic[];
  entities: EntityEntry[];
  sources: SourcesFile;
  boilerplate: BoilerplateFile;
  language: LanguageFile;
  /** content/site.yaml: the site's name and subject (the site's, not the pipeline's). */
  site: SiteFile;
}

export interface LoadedKnowledge {
  knowledge: Knowledge;
  files: VFile[];
}

/** Loads content/ from `root` (the project directory). Paths in messages are relative to `cwd`. */
export function loadKnowledge(contentDir: string, cwd = process.cwd()): LoadedKnowledge {
  const files: VFile[] = [];
  const roots = realRoots([cwd, contentDir]);
  // A file that may not be read (a link out of the project, a broken link, a folder) or is not usable text
  // is an error on it, and null: the knowledge is loaded without it.
  const open = (absolute: string, shape?: { shape: 'list' | 'keys'; example: string }): VFile | null => {
    const file = new VFile({ path: path.relative(cwd, absolute).split(path.sep).join('/') });
    files.push(file);
    const entry = resolveFile(absolute, roots);
    let read: DataText = entry.real === null ? { error: entry.refused! } : readDataFile(entry.real);
    if (shape && 'text' in read) read = shapeProblem(read.text, shape.shape, shape.example) ?? read;
    if ('error' in read) {
      file.message(read.error, { place: { line: read.line ?? 1, column: read.column ?? 1 }, ruleId: 'read', source: 'sitrep' }).fatal = true;
      return null;
    }
    file.value = read.text;
    return file;
  };

  const topics: Topic[] = [];
  for (const name of listFiles(path.join(contentDir, 'topics'), '.md')) {
    const file = open(path.join(contentDir, 'topics', name));
    if (!file) continue;
    const split = splitFrontMatter(String(file.value));
    const data = parseYaml(file, { text: split.yaml ?? '', line: 2 }, topicSchema);
    if (data) topics.push({ ...data, id: name.slice(0, -3), intro: split.body.trim() });
  }

  const entities: EntityEntry[] = [];
  for (const name of listFiles(path.join(contentDir, 'entities'), '.yaml')) {
    const file = open(path.join(contentDir, 'entities', name), { shape: 'list', example: '`- id: …`, `name: …`, `type: …`' });
    if (!file) continue;
    entities.push(...(parseYaml(file, { text: String(file.value), line: 1 }, entityFileSchema) ?? []));
  }

  // A file of its own at the top of content/, optional: read once, validated, null when absent or broken.
  const optional = <S extends z.ZodType>(name: string, schema: S, example: string): z.output<S> | null => {
    const absolute = path.join(contentDir, name);
    if (!exists(absolute)) return null;
    const file = open(absolute, { shape: 'keys', example });
    if (!file) return null;
    return parseYaml(file, { text: String(file.value), line: 1 }, schema);
  };
  const sources = optional('sources.yaml', sourcesFileSchema, '`outlets:`, `agencies:`');
  const rawBoilerplate = optional('boilerplate.yaml', boilerplateFileSchema, '`lines:`, `prefixes:`, `trailing:`, `listHeadings:`');
  const boilerplateFile = files.find((f) => f.path?.endsWith('boilerplate.yaml') && f.value !== undefined);
  const boilerplate = rawBoilerplate && boilerplateFile ? usableRules(boilerplateFile, String(boilerplateFile.value), rawBoilerplate) : rawBoilerplate;
  const language = optional('language.yaml', languageFileSchema, 'one key per word list');
  const site = optional('site.yaml', siteFileSchema, '`name:`, `tagline:`, `subject:`, `description:`');

  return {
    knowledge: {
      topics: topics.sort((a, b) => a.id.localeCompare(b.id)),
      entities,
      sources: sources ?? { outlets: [], agencies: [], photoAgencies: [] },
      boilerplate: boilerplate ?? { lines: [], prefixes: [], trailing: [], listHeadings: [] },
      language: language ?? languageFileSchema.parse({}),
      site: site ?? siteFileSchema.parse({}),
    },
    files,
  };
}

function listFiles(dir: string, extension: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith(extension) && !name.startsWith('.'))
    .sort();
}

/** True for a file or a link, broken or not: a broken link is reported, not taken for an absent file. */
function exists(file: string): boolean {
  try {
    fs.lstatSync(file);
    return true;
  } catch {
    return false;
  }
}
