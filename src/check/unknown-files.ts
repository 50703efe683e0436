// Rule "unknown-file": a file under content/ or seeds/ that Sitrep never reads is an error, because whoever
// put it there expected it to be published or used ("people.yml" instead of "people.yaml").
import path from 'node:path';
import { report, START } from './message.ts';
import type { Project } from './project.ts';

const RENAMES: Record<string, string> = { '.yml': '.yaml', '.markdown': '.md', '.mdx': '.md', '.MD': '.md', '.text': '.txt' };

export function unknownFiles(project: Project): void {
  for (const { listed, file } of project.unknown) {
    const ext = path.posix.extname(listed.path);
    const rename = RENAMES[ext];
    const fix = rename ? `rename it to ${path.posix.basename(listed.path, ext)}${rename}` : 'move it out, or see CONTRIBUTING.md for where each kind of file goes';
    report(
      file,
      `Sitrep does not read this file (articles are .md or .txt in content/articles/ or seeds/; topics .md in content/topics/; entities .yaml in content/entities/): ${fix}`,
      START,
      'unknown-file',
    );
  }
}
