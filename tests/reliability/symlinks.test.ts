// Content arrives by pull request: a file under content/ or seeds/ may be a symbolic link. A link out of the
// project (to /etc/passwd, to a home folder) is refused with a positioned error, in ingest and in check
// alike, and its target's text reaches no page; a link that stays inside the project is followed; a broken
// link, a folder named like a file and a loop of links are errors on that file, never a stack trace.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkLines, ingestProject, tempProject } from './project.ts';

const SECRET = 'root:x:0:0:secret-outside-the-project:/root:/bin/bash';
const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'sitrep-outside-'));
const secretFile = path.join(outside, 'passwd.md');
fs.writeFileSync(secretFile, `${SECRET}\n`);
const GOOD = 'Iranian drones were seen over Kyiv on Monday, officials said. Russia has denied using them.';
const roots: string[] = [];
afterAll(() => {
  for (const dir of [outside, ...roots]) fs.rmSync(dir, { recursive: true, force: true });
});

function project(files: Record<string, string> = {}): string {
  const root = tempProject(files);
  roots.push(root);
  return root;
}

const OUT = /^(\S+):1:1 this file is a symbolic link to a file outside the project/;

describe('symbolic links out of the project', () => {
  it.each([
    ['an editor article', 'content/articles/x.md'],
    ['a seed', 'seeds/x.txt'],
  ])('%s linking out is refused by ingest and check, and its text is on no page', (_what, link) => {
    const root = project({ 'seeds/good.txt': `${GOOD}\n` });
    fs.symlinkSync(secretFile, path.join(root, link));
    const ingested = ingestProject(root);
    expect(ingested.lines.find((l) => OUT.test(l))?.split(':')[0]).toBe(link);
    expect(ingested.articles.map((a) => a.sourceFile)).toEqual(['seeds/good.txt']);
    expect(ingested.articles.some((a) => a.mdx.includes('secret-outside'))).toBe(false);
    expect(checkLines(root).find((l) => OUT.test(l))?.split(':')[0]).toBe(link);
  });

  it('a data file (entities) linking out is refused in both, and nothing of it is loaded', () => {
    const root = project({ 'seeds/good.txt': `${GOOD}\n` });
    fs.symlinkSync(secretFile, path.join(root, 'content/entities/leak.yaml'));
    for (const lines of [ingestProject(root).lines, checkLines(root)]) {
      expect(lines.find((l) => OUT.test(l))?.split(':')[0]).toBe('content/entities/leak.yaml');
    }
  });

  it('a folder of seeds linking out is refused, not walked', () => {
    const root = project();
    fs.symlinkSync(outside, path.join(root, 'seeds', 'elsewhere.md'));
    const ingested = ingestProject(root);
    expect(ingested.articles).toEqual([]);
    expect(ingested.lines.join('\n')).toMatch(/^seeds\/elsewhere\.md:1:1 this folder is a symbolic link out of the project/m);
  });
});

describe('symbolic links inside the project', () => {
  it('are followed, by real path', () => {
    const root = project({ 'notes/kept.txt': `${GOOD}\n` });
    fs.symlinkSync('../notes/kept.txt', path.join(root, 'seeds', 'linked.txt'));
    const ingested = ingestProject(root);
    expect(ingested.lines.filter((l) => !/ warning: /.test(l))).toEqual([]);
    expect(ingested.articles.map((a) => a.sourceFile)).toEqual(['seeds/linked.txt']);
    expect(checkLines(root).filter((l) => !/ warning: /.test(l))).toEqual([]);
  });

  it('a loop of folder links ends, each folder walked once', () => {
    const root = project({ 'seeds/a/story.txt': `${GOOD}\n` });
    fs.symlinkSync('..', path.join(root, 'seeds', 'a', 'up'));
    const ingested = ingestProject(root);
    expect(ingested.articles.map((a) => a.sourceFile)).toEqual(['seeds/a/story.txt']);
  });
});

describe('files that are not files', () => {
  it.each([
    ['a topic that is a folder', (root: string) => fs.mkdirSync(path.join(root, 'content/topics/x.md')), /this is a folder where a file is expected/],
    ['a topic that is a broken link', (root: string) => fs.symlinkSync('gone.md', path.join(root, 'content/topics/x.md')), /symbolic link to a missing file/],
  ])('%s: a positioned error in ingest and check, no stack trace', (_what, make, message) => {
    const root = project({ 'seeds/good.txt': `${GOOD}\n` });
    make(root);
    let ingested: ReturnType<typeof ingestProject> | undefined;
    expect(() => (ingested = ingestProject(root))).not.toThrow();
    let checked: string[] = [];
    expect(() => (checked = checkLines(root))).not.toThrow();
    for (const lines of [ingested!.lines, checked]) {
      const line = lines.find((l) => message.test(l));
      expect(line, lines.join('\n')).toMatch(/^content\/topics\/x\.md:1:1 /);
    }
  });
});
