// `npm run new -- "Title"`: a correctly named file with the front-matter skeleton, never overwriting.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { editorFrontMatterSchema, EDITOR_KEYS } from '../../src/schema/editor.ts';
import { splitFrontMatter } from '../../src/pipeline/split-front-matter.ts';
import { checkProject } from '../../src/check/check-project.ts';
import { formatMessages } from '../../src/pipeline/report.ts';
import { projectFor } from './helpers.ts';

function runNew(root: string, ...args: string[]) {
  return spawnSync(process.execPath, [path.resolve('scripts/new-article.ts'), ...args], { cwd: root, encoding: 'utf8', timeout: 30_000 });
}

describe('npm run new', () => {
  const root = projectFor('clean');
  const first = runNew(root, 'Iran tests a new Shahed variant, officials say');
  const target = 'content/articles/iran-tests-new-shahed-variant-officials-say.md';

  it('writes content/articles/<slug of the title>.md and prints where it went', () => {
    expect(first.status).toBe(0);
    expect(first.stdout.split('\n')[0]).toBe(`created ${target}`);
    expect(fs.existsSync(path.join(root, target))).toBe(true);
  });

  it('writes a front-matter with the title set and every other key an editor may set, commented out', () => {
    const text = fs.readFileSync(path.join(root, target), 'utf8');
    const split = splitFrontMatter(text);
    expect(parse(split.yaml!)).toEqual({ title: 'Iran tests a new Shahed variant, officials say' });
    const commented = [...split.yaml!.matchAll(/^# (\w+):/gm)].map((m) => m[1]);
    expect(new Set(['title', ...commented])).toEqual(new Set(EDITOR_KEYS.filter((k) => k !== 'slug')));
    // Uncommenting every line gives a valid front-matter.
    const uncommented = split.yaml!.replace(/^# (\w+:)/gm, '$1');
    expect(editorFrontMatterSchema.safeParse(parse(uncommented)).success).toBe(true);
  });

  it('never overwrites: the same title again gets "-2" and a slug that matches its file name', () => {
    const before = fs.readFileSync(path.join(root, target), 'utf8');
    const second = runNew(root, 'Iran tests a new Shahed variant, officials say');
    expect(second.stdout.split('\n')[0]).toBe('created content/articles/iran-tests-new-shahed-variant-officials-say-2.md');
    expect(fs.readFileSync(path.join(root, target), 'utf8')).toBe(before);
    const yaml = splitFrontMatter(fs.readFileSync(path.join(root, 'content/articles/iran-tests-new-shahed-variant-officials-say-2.md'), 'utf8')).yaml!;
    expect(parse(yaml).slug).toBe('iran-tests-new-shahed-variant-officials-say-2');
  });

  it('leaves a file the check refuses until the article is written', () => {
    const lines = formatMessages(checkProject({ root, today: '2026-01-15' }).files);
    expect(lines).toContain(`${target}:15:1 the article has no text once read (only comments, removed HTML or boilerplate): write the article text, or delete the file`);
  });

  it('refuses an empty title with a usage line', () => {
    const run = runNew(root);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('usage: npm run new -- "Title of the article"');
  });
});
