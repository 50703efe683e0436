// Broken knowledge files under content/ get a clear, positioned message from ingest and from check alike:
// empty, the wrong shape (a list where keys belong), UTF-16, binary, YAML nested past any use (which made
// the YAML parser overflow its stack). Never a stack trace, never "internal error" on every article.
import fs from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { checkLines, ingestProject, tempProject } from './project.ts';

const GOOD = 'Iranian drones were seen over Kyiv on Monday, officials said. Russia has denied using them.';
const roots: string[] = [];
afterAll(() => roots.forEach((r) => fs.rmSync(r, { recursive: true, force: true })));

const CASES: Array<[what: string, file: string, bytes: string | Uint8Array, message: RegExp, at: string]> = [
  ['an empty entity file', 'content/entities/empty.yaml', '', /this file is empty/, '1:1'],
  ['a list where sources.yaml needs keys', 'content/sources.yaml', '- Reuters\n- AFP\n', /must hold `key: value` lines at the top \(`outlets:`, `agencies:`\), but it holds a list/, '1:1'],
  ['keys where an entity file needs a list', 'content/entities/people.yaml', 'id: x\nname: X\n', /must hold a list of entries, each starting "- "/, '1:1'],
  ['a UTF-16 language.yaml', 'content/language.yaml', Uint8Array.from([0xff, 0xfe, ...Buffer.from('titles: []\n', 'utf16le')]), /this file is UTF-16, and content files must be UTF-8/, '1:1'],
  ['a binary topic', 'content/topics/picture.md', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), /this file is not text/, '1:1'],
  ['YAML nested 5,000 deep in flow brackets', 'content/boilerplate.yaml', `lines: ${'['.repeat(5000)}${']'.repeat(5000)}\n`, /nested more than 32 levels deep/, '1:39'],
  ['YAML nested 200 deep in blocks', 'content/entities/deep.yaml', `${Array.from({ length: 200 }, (_, i) => `${'  '.repeat(i)}- a:`).join('\n')}\n`, /nested more than 32 levels deep/, '32:1'],
];

describe('broken knowledge files', () => {
  it.each(CASES)('%s: one clear message at its place in ingest and check, the seeds still read', (_what, file, bytes, message, at) => {
    const root = tempProject({ [file]: bytes, 'seeds/good.txt': `${GOOD}\n` });
    roots.push(root);
    let ingested: ReturnType<typeof ingestProject> | undefined;
    expect(() => (ingested = ingestProject(root))).not.toThrow();
    let checked: string[] = [];
    expect(() => (checked = checkLines(root))).not.toThrow();
    for (const lines of [ingested!.lines, checked]) {
      const mine = lines.filter((l) => l.startsWith(`${file}:`));
      expect(mine, lines.join('\n')).toHaveLength(1);
      expect(mine[0]).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:${at} `));
      expect(mine[0]).toMatch(message);
      expect(lines.some((l) => /internal error|Maximum call stack/.test(l))).toBe(false);
    }
  });
});
