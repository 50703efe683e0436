// Both walls between an article's text and code, in a temporary copy of the project. The first: hostile text
// through ingest is escaped, builds, and shows as text. The second: a hand-made .mdx dropped into the generated
// folder fails `astro build` naming the file, line and column, so the guard runs where @astrojs/mdx compiles
// (with the guard removed from src/mdx/plugins.ts, the build succeeds and this test fails).
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject } from '../../helpers/project-copy.ts';

let root: string;
let first: SpawnSyncReturns<string>;
let second: SpawnSyncReturns<string>;
let page = '';
let handLine = 0;
// Prose, so that ingest keeps every line (it drops lines that read as page furniture), each line MDX syntax.
const HOSTILE = [
  'Officials met {process.exit(1)} on Monday in Tehran, a spokesman said.',
  'import Shahed drones from Iran was discussed at length, the minister said on Monday.',
  'export {controls} on drone engines were tightened again this year, officials said.',
  'The <script>alert(1)</script> report <Entity id="x">named</Entity> no one, a diplomat said.',
].join('\n\n');

function run(command: string, args: string[]): SpawnSyncReturns<string> {
  return spawnSync(command, args, { cwd: root, env: { ...process.env, CI: '', NODE_ENV: '' }, encoding: 'utf8', timeout: 220_000 });
}

beforeAll(() => {
  root = copyProject('sitrep-mdx-walls-');
  fs.writeFileSync(path.join(root, 'seeds', 'zz-hostile.txt'), HOSTILE);
  first = run('npm', ['run', '--silent', 'build']);
  const articles = path.join(root, 'dist', 'articles');
  for (const slug of fs.existsSync(articles) ? fs.readdirSync(articles) : []) {
    const html = fs.readFileSync(path.join(articles, slug, 'index.html'), 'utf8');
    // The hostile article's own page: its body, not a list that shows its title.
    const body = html.slice(html.indexOf('<div class="body"'), html.indexOf('</div>', html.indexOf('<div class="body"')));
    if (body.includes('process.exit(1)')) page = body;
  }
  const generated = path.join(root, 'generated', 'articles');
  const some = fs.readdirSync(generated).find((n) => n.endsWith('.mdx'))!;
  const text = fs.readFileSync(path.join(generated, some), 'utf8');
  // A valid front-matter, and a body no emitter writes: text, then an expression on line 2 of the body.
  const end = text.indexOf('\n---\n', 4) + 5;
  fs.writeFileSync(path.join(generated, 'zz-hand-made.mdx'), `${text.slice(0, end)}Plain text.\n{globalThis.pwned = 1}\n`);
  handLine = text.slice(0, end).split('\n').length + 1;
  second = run('npx', ['astro', 'build']);
}, 480_000);

afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('the walls between article text and code', () => {
  it('builds an article whose text holds braces, ESM lines and tags, and shows them as text', () => {
    expect(first.status, first.stderr + first.stdout).toBe(0);
    const text = page.replace(/&(?:lt|#x3C|#60);/gi, '<').replace(/&(?:gt|#x3E|#62);/gi, '>').replace(/&(?:quot|#34|#x22);/gi, '"');
    expect(text).toContain('{process.exit(1)}');
    expect(text).toMatch(/<p id="p2">import </);
    expect(text).toContain('export {controls} on drone engines');
    expect(text).toContain('<script>alert(1)</script>');
    expect(page).not.toMatch(/<script/i);
  });

  it('fails the build on a hand-made .mdx with an expression, naming file:line:col', () => {
    expect(second.status).not.toBe(0);
    expect(second.stdout + second.stderr).toContain(`generated/articles/zz-hand-made.mdx:${handLine}:1 the expression {globalThis.pwned = 1} is not allowed in an article`);
  });
});
