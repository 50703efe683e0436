// Rule "unknown-topic": every topic id an editor names must be a file in content/topics/ — in an article's
// `topics` and `removeTopics`, and in a topic's `related`. Entity ids are checked the same way wherever a
// schema lets editors name them (ENTITY_REFERENCES; none of today's editor schemas does).
import { isSeq, isScalar } from 'yaml';
import { suggest } from '../pipeline/suggest.ts';
import type { LocatedYaml } from '../pipeline/parse-yaml.ts';
import type { VFile } from 'vfile';
import { report } from './message.ts';
import type { Project } from './project.ts';

type Target = 'topic' | 'entity';

/** Keys holding lists of ids, per kind of file. */
const REFERENCES: Record<'article' | 'topic', Array<{ key: string; target: Target }>> = {
  article: [
    { key: 'topics', target: 'topic' },
    { key: 'removeTopics', target: 'topic' },
  ],
  topic: [{ key: 'related', target: 'topic' }],
};

export function unknownReferences(project: Project): void {
  const known: Record<Target, string[]> = {
    topic: project.knowledge.topics.map((t) => t.id),
    entity: project.knowledge.entities.map((e) => e.id),
  };
  for (const article of project.articles) {
    if (article.front) checkLists(article.draft.file, article.front, REFERENCES.article, known);
  }
  for (const k of project.knowledgeFiles) {
    if (k.listed.kind === 'topic') checkLists(k.file, k.yaml, REFERENCES.topic, known);
  }
}

function checkLists(file: VFile, yaml: LocatedYaml, refs: Array<{ key: string; target: Target }>, known: Record<Target, string[]>): void {
  for (const { key, target } of refs) {
    const list = yaml.doc.get(key, true);
    if (!isSeq(list)) continue;
    list.items.forEach((item, index) => {
      if (!isScalar(item) || typeof item.value !== 'string') return;
      const id = item.value;
      if (known[target].includes(id)) return;
      const guess = suggest(id, known[target]);
      const where = target === 'topic' ? 'topics are the file names in content/topics/' : 'entity ids are in content/entities/';
      const fix = guess ? `did you mean "${guess}"?` : `${where}: ${known[target].join(', ') || 'none yet'}`;
      report(file, `unknown ${target} "${id}" in "${key}": ${fix}`, yaml.place([key, index]), `unknown-${target}`);
    });
  }
}
