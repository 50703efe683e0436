// Reads what editors own under content/ (topics, entities, outlets, boilerplate and language cues) into one
// validated Knowledge object. Every problem is a positioned message; a broken file is skipped, never half-read.
import fs from 'node:fs';
import path from 'node:path';
import { VFile } from 'vfile';
import { parseYaml } from './parse-yaml.ts';
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
  const open = (absolute: string): VFile => {
    const file = new VFile({ path: path.relative(cwd, absolute).split(path.sep).join('/'), value: fs.readFileSync(absolute, 'utf8') });
    files.push(file);
    return file;
  };

  const topics: Topic[] = [];
  for (const name of listFiles(path.join(contentDir, 'topics'), '.md')) {
    const file = open(path.join(contentDir, 'topics', name));
    const split = splitFrontMatter(String(file.value));
    const data = parseYaml(file, { text: split.yaml ?? '', line: 2 }, topicSchema);
    if (data) topics.push({ ...data, id: name.slice(0, -3), intro: split.body.trim() });
  }

  const entities: EntityEntry[] = [];
  for (const name of listFiles(path.join(contentDir, 'entities'), '.yaml')) {
    const file = open(path.join(contentDir, 'entities', name));
    entities.push(...(parseYaml(file, { text: String(file.value), line: 1 }, entityFileSchema) ?? []));
  }

  const sourcesPath = path.join(contentDir, 'sources.yaml');
  const sources = fs.existsSync(sourcesPath)
    ? parseYaml(open(sourcesPath), { text: fs.readFileSync(sourcesPath, 'utf8'), line: 1 }, sourcesFileSchema)
    : null;

  const boilerplatePath = path.join(contentDir, 'boilerplate.yaml');
  const boilerplate = fs.existsSync(boilerplatePath)
    ? parseYaml(open(boilerplatePath), { text: fs.readFileSync(boilerplatePath, 'utf8'), line: 1 }, boilerplateFileSchema)
    : null;

  const languagePath = path.join(contentDir, 'language.yaml');
  const language = fs.existsSync(languagePath)
    ? parseYaml(open(languagePath), { text: fs.readFileSync(languagePath, 'utf8'), line: 1 }, languageFileSchema)
    : null;

  const sitePath = path.join(contentDir, 'site.yaml');
  const site = fs.existsSync(sitePath) ? parseYaml(open(sitePath), { text: fs.readFileSync(sitePath, 'utf8'), line: 1 }, siteFileSchema) : null;

  return {
    knowledge: {
      topics: topics.sort((a, b) => a.id.localeCompare(b.id)),
      entities,
      sources: sources ?? { outlets: [], agencies: [] },
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
    .filter((name) => name.endsWith(extension))
    .sort();
}
