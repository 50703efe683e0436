// Rule "duplicate-id": an entity id names one entity, in all of content/entities/; a topic id (its file name)
// one topic. A name or alias shared by two entities is a warning: a mention of it cannot tell them apart.
import { isMap, isScalar, isSeq } from 'yaml';
import { slug as githubSlug } from 'github-slugger';
import { slugSchema } from '../schema/article.ts';
import { report, START } from './message.ts';
import type { CheckedKnowledgeFile, Project } from './project.ts';

interface Seen {
  file: CheckedKnowledgeFile;
  line: number;
  id: string;
}

export function duplicateIds(project: Project): void {
  const ids = new Map<string, Seen>();
  const names = new Map<string, Seen>();
  for (const k of project.knowledgeFiles.filter((f) => f.listed.kind === 'entities')) {
    const list = k.yaml.doc.contents;
    if (!isSeq(list)) continue;
    list.items.forEach((item, index) => {
      if (!isMap(item)) return;
      const id = item.get('id');
      if (typeof id !== 'string') return;
      const place = k.yaml.place([index, 'id']);
      const first = ids.get(id);
      if (first) {
        report(k.file, `entity id "${id}" is already used at ${first.file.listed.path}:${first.line}: give one of them another id, or merge the two entries`, place, 'duplicate-id');
      } else ids.set(id, { file: k, line: place.line, id });

      const aliases = item.get('aliases', true);
      const spelled: Array<[unknown, Array<string | number>]> = [[item.get('name'), [index, 'name']]];
      if (isSeq(aliases)) aliases.items.forEach((a, j) => spelled.push([isScalar(a) ? a.value : null, [index, 'aliases', j]]));
      for (const [name, at] of spelled) {
        if (typeof name !== 'string') continue;
        const where = k.yaml.place(at);
        const other = names.get(name.toLowerCase());
        if (other && other.id !== id) {
          report(
            k.file,
            `the name "${name}" also names "${other.id}" (${other.file.listed.path}:${other.line}): a mention of it cannot tell the two apart; keep it on one entity`,
            where,
            'ambiguous-name',
            false,
          );
        } else names.set(name.toLowerCase(), { file: k, line: where.line, id });
      }
    });
  }

  const topics = new Map<string, CheckedKnowledgeFile>();
  const topicName = (k: CheckedKnowledgeFile) => k.listed.path.split('/').pop()!.slice(0, -3);
  const valid = (k: CheckedKnowledgeFile) => slugSchema.safeParse(topicName(k)).success;
  // Well-named files claim their id first, so a clash is reported on the misnamed one.
  const topicFiles = project.knowledgeFiles.filter((f) => f.listed.kind === 'topic').sort((a, b) => Number(valid(b)) - Number(valid(a)));
  for (const k of topicFiles) {
    const name = topicName(k);
    const id = githubSlug(name);
    if (!valid(k)) {
      report(k.file, `the file name "${name}.md" is not a topic id (lowercase letters, digits and hyphens): rename it to "${id}.md"`, START, 'topic-file-name');
    }
    const first = topics.get(id);
    if (first) report(k.file, `topic id "${id}" is already used by ${first.listed.path}: merge the two files or rename one`, START, 'duplicate-id');
    else topics.set(id, k);
  }
}
