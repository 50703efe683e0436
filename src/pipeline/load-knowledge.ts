// Reads what editors own under content/ (topics, entities, outlets, boilerplate and language cues) into one
// validated Knowledge object. Every problem is a positioned message; a broken file is skipped, never half-read.
import fs from 'node:fs';
import path from 'node:path';
import { VFile } from 'vfile';
import type { z } from 'astro/zod';
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

  // A file of its own at the top of content/, optional: read once, validated, null when absent or broken.
  const optional = <S extends z.ZodType>(name: string, schema: S): z.output<S> | null => {
    const absolute = path.join(contentDir, name);
    if (!fs.existsSync(absolute)) return null;
    const file = open(absolute);
    return parseYaml(file, { text: String(file.value), line: 1 }, schema);
  };
  const sources = optional('sources.yaml', sourcesFileSchema);
  const boilerplate = optional('boilerplate.yaml', boilerplateFileSchema);
  const language = optional('language.yaml', languageFileSchema);
  const site = optional('site.yaml', siteFileSchema);

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
    .filter((name) => name.endsWith(extension))
    .sort();
}
