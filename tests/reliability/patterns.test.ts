// Editors' regular expressions (content/boilerplate.yaml) are untrusted input too. A catastrophic pattern
// (`.*(a+)+$`, exponential on a backtracking engine) must not hang ingest or check: patterns run on RE2
// (re2js), whose matching is linear in the text. A pattern that does not compile, in any of the four groups,
// is a positioned error on boilerplate.yaml in check and in ingest, never an "internal error" on every article.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compileEditorPattern, patternProblem } from '../../src/pipeline/editor-pattern.ts';
import { checkLines, ingestProject, tempProject } from './project.ts';

const GOOD = 'Iranian drones were seen over Kyiv on Monday, officials said. Russia has denied using them.';
const roots: string[] = [];
afterAll(() => roots.forEach((r) => fs.rmSync(r, { recursive: true, force: true })));

function withBoilerplate(yaml: string, files: Record<string, string> = {}): string {
  const root = tempProject({ 'content/boilerplate.yaml': yaml, 'seeds/good.txt': `${GOOD}\n`, ...files });
  roots.push(root);
  return root;
}

describe('a catastrophic pattern', () => {
  it('runs in linear time: ingest and check finish and the article is written', () => {
    const root = withBoilerplate('lines:\n  - id: evil\n    pattern: ".*(a+)+$"\n    why: a hostile pattern\n', {
      'seeds/long.txt': `${GOOD}\n\n${'a'.repeat(30_000)}b\n`,
    });
    const started = performance.now();
    const ingested = ingestProject(root);
    const checked = checkLines(root);
    console.info(`catastrophic pattern on a 30,000-character line: ingest and check in ${Math.round(performance.now() - started)} ms`);
    expect(ingested.articles.map((a) => a.sourceFile).sort()).toEqual(['seeds/good.txt', 'seeds/long.txt']);
    expect(checked.filter((l) => !/ warning: /.test(l))).toEqual([]);
  });

  it('is matched by RE2, which has no backtracking constructs at all', () => {
    expect(compileEditorPattern('.*(a+)+$', true).test(`${'a'.repeat(40)}b`)).toBe(false);
    expect(patternProblem('(a)\\1')).toMatch(/backreference/);
    expect(patternProblem('(?<!x)y')).toMatch(/lookaround/);
  });
});

describe('a pattern that does not compile', () => {
  it.each(['lines', 'prefixes', 'trailing', 'listHeadings'])('in %s: a positioned error on boilerplate.yaml in check and ingest; the articles are still written', (group) => {
    const others = ['lines', 'prefixes', 'trailing', 'listHeadings'].filter((g) => g !== group).map((g) => `${g}: []\n`).join('');
    const root = withBoilerplate(`${group}:\n  - id: typo\n    pattern: "(unclosed"\n    why: a typo\n${others}`);
    const message = /^content\/boilerplate\.yaml:3:14 "pattern" is not a valid regular expression \(missing closing \)/;
    const ingested = ingestProject(root);
    expect(ingested.lines.find((l) => message.test(l)), ingested.lines.join('\n')).toBeDefined();
    expect(ingested.lines.some((l) => /internal error/.test(l))).toBe(false);
    expect(ingested.articles.map((a) => a.sourceFile)).toEqual(['seeds/good.txt']);
    const checked = checkLines(root);
    expect(checked.filter((l) => message.test(l)), checked.join('\n')).toHaveLength(1);
  });
});
