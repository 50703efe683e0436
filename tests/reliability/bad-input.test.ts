// Every case of the bad-input corpus (bad-input-cases.ts) ends as a correct article holding its text, or as
// a clear `path:line:col` error — never a crash, a hang, a silently dropped article or sentence, or another
// article lost. tests/quality/bad-input-build.test.ts follows the same cases to the built page.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingest, hasErrors, type IngestResult } from '../../src/pipeline/ingest.ts';
import { formatMessages } from '../../src/pipeline/report.ts';
import { parseMdx, squash } from '../helpers/mdx-text.ts';
import { CASES, CONTROL, writeCases, type Case } from './bad-input-cases.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sitrep-bad-'));
let result: IngestResult;

beforeAll(() => {
  writeCases(dir, [...CASES, CONTROL]);
  result = ingest({ inputs: [dir], contentDir: 'content' });
}, 180_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const fileOf = (name: string) => result.files.find((f) => f.path?.endsWith(`/${name}`));
const articleOf = (name: string) => result.articles.find((a) => a.sourceFile.endsWith(`/${name}`));
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('the bad-input corpus through ingest', () => {
  it.each(CASES.map((c) => [c.name, c] as [string, Case]))('%s', (_name, c) => {
    const file = fileOf(c.file);
    expect(file, `${c.file} was read`).toBeDefined();
    const lines = formatMessages([file!]);
    if (c.expect.page) {
      expect(lines.filter((l) => !/^\S.*?:\d+:\d+ warning: /.test(l)), 'no error').toEqual([]);
      if (c.expect.warning) expect(lines.some((l) => c.expect.page && c.expect.warning!.test(l)), lines.join('\n')).toBe(true);
      const article = articleOf(c.file);
      expect(article, `${c.file} became an article`).toBeDefined();
      // A 5 MB body takes the MDX parser half a minute: its plain-word `keeps` are read as literal MDX text.
      const body = c.heavy ? article!.mdx : squash(parseMdx(article!.mdx).text);
      for (const text of c.expect.keeps) expect(body).toContain(c.heavy ? text : squash(text));
      if (c.removed) {
        const removed = (parseMdx(article!.mdx).data.removed ?? []) as string[];
        for (const text of c.removed) expect(removed, 'recorded as removed').toContain(text);
      }
    } else {
      expect(articleOf(c.file), 'no article').toBeUndefined();
      const { error, line, column } = c.expect;
      const found = lines.find((l) => error.test(l));
      expect(found, lines.join('\n')).toBeDefined();
      const where = `${escape(path.relative(process.cwd(), dir).split(path.sep).join('/'))}/${escape(c.file)}`;
      expect(found).toMatch(new RegExp(`^${where}:${line}:${column ?? '\\d+'} \\S`));
    }
  });

  it('never loses another article: the control file is still written', () => {
    expect(articleOf(CONTROL.file)).toBeDefined();
  });

  it('accounts for every input: an article or an error, never silence', () => {
    for (const c of [...CASES, CONTROL]) expect(Boolean(articleOf(c.file)) !== hasErrors(fileOf(c.file)!), c.file).toBe(true);
  });

  it('gives two files that slugify alike two addresses', () => {
    const slugs = ['Iran drone deal.txt', 'iran-drone-deal.txt'].map((f) => articleOf(f)?.slug);
    expect(new Set(slugs).size).toBe(2);
  });
});
