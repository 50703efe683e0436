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
import { languageDataSchema, type LanguageData } from '../schema/languages.ts';

export interface Knowledge {
  topics: Topic[];
  entities: EntityEntry[];
  sources: SourcesFile;
  boilerplate: BoilerplateFile;
  language: LanguageFile;
  /** content/site.yaml: the site's name and subject (the site's, not the pipeline's). */
  site: SiteFile;
  /** content/languages/<code>.yaml, by BCP 47 code: names, terms, verbs and months in other languages. */
  languages: Record<string, LanguageData>;
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

  const languages: Record<string, LanguageData> = {};
  for (const name of listFiles(path.join(contentDir, 'languages'), '.yaml')) {
    const file = open(path.join(contentDir, 'languages', name));
    if (!file) continue;
    const data = parseYaml(file, { text: String(file.value), line: 1 }, languageDataSchema);
    const code = languageCode(name.slice(0, -5));
    if (!code) {
      file.message(`the file name "${name}" is not a BCP 47 language code: rename it to the language's code, such as "ru.yaml" or "fa.yaml"`, { place: { line: 1, column: 1 }, ruleId: 'language-file-name', source: 'sitrep' }).fatal = true;
      continue;
    }
    if (!data) continue;
    checkReferences(file, data, new Set(entities.map((e) => e.id)), new Set(topics.map((t) => t.id)));
    languages[code] = data;
  }

  return {
    knowledge: {
      topics: topics.sort((a, b) => a.id.localeCompare(b.id)),
      entities,
      sources: sources ?? { outlets: [], agencies: [], photoAgencies: [] },
      boilerplate: boilerplate ?? { lines: [], prefixes: [], trailing: [], listHeadings: [] },
      language: language ?? languageFileSchema.parse({}),
      site: site ?? siteFileSchema.parse({}),
      languages,
    },
    files,
  };
}

/** A file name that is a language code: a two- or three-letter language, then optional subtags ("pt-BR"). */
function languageCode(name: string): string | null {
  if (!/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/.test(name)) return null;
  try {
    return Intl.getCanonicalLocales(name)[0] ?? null;
  } catch {
    return null;
  }
}

/** An entity or topic id in a language file that names nothing is a mistake: named at its line, with a fix. */
function checkReferences(file: VFile, data: LanguageData, entityIds: Set<string>, topicIds: Set<string>): void {
  const lines = String(file.value).split('\n');
  const place = (id: string) => {
    const line = lines.findIndex((l) => new RegExp(`^\\s+${id}:`).test(l));
    return line < 0 ? { line: 1, column: 1 } : { line: line + 1, column: lines[line]!.indexOf(id) + 1 };
  };
  for (const id of Object.keys(data.entities)) {
    if (!entityIds.has(id)) file.message(`unknown entity "${id}": use the id of an entity in content/entities/, or add the entity there`, { place: place(id), ruleId: 'unknown-entity', source: 'sitrep' }).fatal = true;
  }
  for (const id of Object.keys(data.topics)) {
    if (!topicIds.has(id)) file.message(`unknown topic "${id}": topic ids are the file names in content/topics/: ${[...topicIds].join(', ')}`, { place: place(id), ruleId: 'unknown-topic', source: 'sitrep' }).fatal = true;
  }
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
