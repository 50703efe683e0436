// Rule "bad-pattern": every boilerplate `pattern` must compile on Sitrep's linear-time matcher (RE2, see
// src/pipeline/editor-pattern.ts), or ingestion would refuse it. The knowledge loader reports the same
// message at the same place; this rule keeps the check's list of rules complete and its message single.
import { isMap, isSeq } from 'yaml';
import { PATTERN_GROUPS, patternMessage, patternProblem } from '../pipeline/editor-pattern.ts';
import { report } from './message.ts';
import type { Project } from './project.ts';

export function boilerplatePatterns(project: Project): void {
  for (const k of project.knowledgeFiles.filter((f) => f.listed.kind === 'boilerplate')) {
    for (const group of PATTERN_GROUPS) {
      const list = k.yaml.doc.get(group, true);
      if (!isSeq(list)) continue;
      list.items.forEach((item, index) => {
        const pattern = isMap(item) ? item.get('pattern') : undefined;
        if (typeof pattern !== 'string') return;
        const problem = patternProblem(pattern);
        if (problem !== null) report(k.file, patternMessage(problem), k.yaml.place([group, index, 'pattern']), 'bad-pattern');
      });
    }
  }
}
