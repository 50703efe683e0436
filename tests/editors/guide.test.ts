// The editor's guide documents every message the check can print and every key an editor may set, and its
// complete example passes the check.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkProject } from '../../src/check/check-project.ts';
import { EDITOR_KEYS } from '../../src/schema/editor.ts';
import { formatMessages } from '../../src/pipeline/report.ts';
import { FIXTURES, projectFor } from './helpers.ts';

const guide = fs.readFileSync('CONTRIBUTING.md', 'utf8');

describe('CONTRIBUTING.md', () => {
  it('names the rule of every message the check cases print', () => {
    const rules = new Set<string>();
    for (const name of fs.readdirSync(FIXTURES).filter((n) => !n.startsWith('_'))) {
      for (const file of checkProject({ root: projectFor(name), today: '2026-01-15' }).files) {
        for (const m of file.messages) rules.add(m.ruleId ?? 'none');
      }
    }
    expect(rules.size).toBeGreaterThan(15);
    for (const rule of rules) expect(guide, rule).toContain(`| \`${rule}\``);
  });

  it('documents every front-matter key', () => {
    for (const key of EDITOR_KEYS) expect(guide, key).toContain(`| \`${key}\` |`);
  });

  it.each(['CONTRIBUTING.md', 'content/articles/README.md'])('%s: the complete example article passes the check', (doc) => {
    const text = fs.readFileSync(doc, 'utf8');
    const example = /```md\n(---\n[\s\S]*?)```/.exec(text)![1]!;
    const root = projectFor('clean');
    fs.writeFileSync(path.join(root, 'content/articles/example.md'), example);
    // The earlier article whose slug the example names as its story.
    const story = /^story: (\S+)/m.exec(example)![1]!;
    fs.writeFileSync(path.join(root, 'content/articles/earlier.md'), `---\nslug: ${story}\n---\nRussia agreed to sell Su-35 jets to Iran, officials said.\n`);
    const base = path.resolve('content');
    // The real topics and outlets, since the example names them.
    fs.rmSync(path.join(root, 'content/topics'), { recursive: true });
    fs.cpSync(path.join(base, 'topics'), path.join(root, 'content/topics'), { recursive: true });
    fs.cpSync(path.join(base, 'sources.yaml'), path.join(root, 'content/sources.yaml'));
    expect(formatMessages(checkProject({ root, today: '2026-01-15' }).files)).toEqual([]);
  });
});
