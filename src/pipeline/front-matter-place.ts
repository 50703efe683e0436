// Where a key (or a list item) of an editor's front-matter stands in the file, for messages about values the
// schema accepted but the corpus or the knowledge refuses (a taken slug, an unknown topic).
import type { VFile } from 'vfile';
import { locateYaml, type Place, type YamlPath } from './parse-yaml.ts';
import { splitFrontMatter } from './split-front-matter.ts';

export function frontMatterPlace(file: VFile, path: YamlPath): Place {
  const yaml = splitFrontMatter(String(file.value)).yaml;
  // The front-matter's YAML starts on line 2, after the opening `---`.
  return yaml === null ? { line: 1, column: 1 } : locateYaml({ text: yaml, line: 2 }).place(path);
}
