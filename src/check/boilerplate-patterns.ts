// Rule "bad-pattern": every boilerplate `pattern` must compile as a regular expression, or ingestion would
// stop on every article.
import { isMap, isSeq } from 'yaml';
import { report } from './message.ts';
import type { Project } from './project.ts';

export function boilerplatePatterns(project: Project): void {
  for (const k of project.knowledgeFiles.filter((f) => f.listed.kind === 'boilerplate')) {
    for (const group of ['lines', 'prefixes', 'trailing']) {
      const list = k.yaml.doc.get(group, true);
      if (!isSeq(list)) continue;
      list.items.forEach((item, index) => {
        const pattern = isMap(item) ? item.get('pattern') : undefined;
        if (typeof pattern !== 'string') return;
        try {
          new RegExp(pattern, 'iu');
        } catch (error) {
          const why = (error as Error).message.replace(/^Invalid regular expression: \/.*\/\w*: /, '');
          report(k.file, `"pattern" is not a valid regular expression (${why}): correct it, or escape the character with \\`, k.yaml.place([group, index, 'pattern']), 'bad-pattern');
        }
      });
    }
  }
}
