// The editor's path for real, in a temporary copy of the project under git: scaffold an article, write it,
// check, commit, build; then the article is on its topic page, found by search, with an edit link and a
// last-updated date. A hostile article is refused by the check yet, built anyway, shows its text and runs
// nothing in Chromium.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../helpers/browser.ts';
import { serve, type Served } from '../../helpers/serve.ts';
import { copyProject } from '../../helpers/project-copy.ts';

const REPO = 'https://github.com/newsroom/sitrep';
const TITLE = 'Iran fits Shahed drones with a Kavirtech jet engine';
const HOSTILE = `---
title: Hostile markup in an article
topics: [drones]
---
import fs from "node:fs"

Analysts call the Quillfeather drone {process.exit(1)} a copy <script>alert("script")</script> of the Shahed.

The <img src="x" onerror="alert('img')"> photo and [the source](javascript:alert('link')) were removed.

<div onmouseover="alert('div')">Quillfeather drones flew over the border, officials said.</div>

The drones were launched at night, the officials said.
`;

let root: string;
let env: NodeJS.ProcessEnv;
let created: string;
let slug: string;
let checkBefore: SpawnSyncReturns<string>;
let checkAfter: SpawnSyncReturns<string>;
let build: SpawnSyncReturns<string>;
let browser: Browser;
let site: Served;

function run(command: string, args: string[], extra: NodeJS.ProcessEnv = {}): SpawnSyncReturns<string> {
  return spawnSync(command, args, { cwd: root, env: { ...env, ...extra }, encoding: 'utf8', timeout: 180_000 });
}

function git(args: string[], date?: string): void {
  const r = run('git', args, date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {});
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
}

beforeAll(() => {
  root = copyProject('sitrep-editor-path-');
  env = {
    ...process.env,
    PATH: `${path.join(root, 'node_modules', '.bin')}${path.delimiter}${process.env.PATH}`,
    ASTRO_TELEMETRY_DISABLED: '1',
    GIT_AUTHOR_NAME: 'Editor',
    GIT_AUTHOR_EMAIL: 'editor@example.org',
    GIT_COMMITTER_NAME: 'Editor',
    GIT_COMMITTER_EMAIL: 'editor@example.org',
    GIT_CEILING_DIRECTORIES: path.dirname(root),
  };
  git(['init', '-q', '-b', 'main']);
  git(['add', '-A']);
  git(['commit', '-qm', 'the project as it is'], '2024-01-01T08:00:00+00:00');

  const scaffold = run('npm', ['run', '--silent', 'new', '--', TITLE]);
  created = /^created (\S+)$/m.exec(scaffold.stdout)?.[1] ?? '';
  slug = path.basename(created, '.md');
  const skeleton = fs.readFileSync(path.join(root, created), 'utf8');
  const written = skeleton
    .replace(/^# date: .*$/m, 'date: 2024-05-14')
    .replace(/^# source: .*$/m, 'source: Reuters')
    .replace(/<!--[\s\S]*-->\n/, [
      'Iran has fitted its *Shahed* drones with a **Kavirtech** jet engine, officials in Tehran said on Tuesday.',
      '',
      'The jet-powered drones fly faster than the propeller drones Russia launched at Ukraine, according to a [report](https://example.org/report).',
      '',
      'Engineers tested the drones over the desert for three months, the officials said.',
      '',
    ].join('\n'));
  fs.writeFileSync(path.join(root, created), written);
  checkBefore = run('npm', ['run', '--silent', 'check']);

  fs.writeFileSync(path.join(root, 'content/articles/hostile.md'), HOSTILE);
  checkAfter = run('npm', ['run', '--silent', 'check']);
  fs.appendFileSync(path.join(root, 'content/topics/drones.md'), '\nA <img src=x onerror="alert(\'topic\')"> Quillfeather note and [a link](javascript:alert(\'topic-link\')).\n');
  git(['add', '-A']);
  git(['commit', '-qm', 'two new articles'], '2024-05-15T09:00:00+00:00');
  build = run('npm', ['run', '--silent', 'build'], { SITREP_REPO: REPO });
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
  if (root) fs.rmSync(root, { recursive: true, force: true });
});

const page = (route: string) => fs.readFileSync(path.join(root, 'dist', route, 'index.html'), 'utf8');

describe("the editor's path", () => {
  it('scaffolds content/articles/<slug of the title>.md', () => {
    expect(created).toBe('content/articles/iran-fits-shahed-drones-kavirtech-jet-engine.md');
  });

  it('passes the check once the article is written', () => {
    expect(checkBefore.stderr).toMatch(/: 0 errors, 0 warnings\n$/);
    expect(checkBefore.status).toBe(0);
  });

  it('refuses the hostile article at its positions, and only it', () => {
    expect(checkAfter.status).toBe(1);
    const problems = checkAfter.stderr.split('\n').filter((l) => /^\S+:\d+:\d+ /.test(l));
    expect(problems.every((l) => l.startsWith('content/articles/hostile.md:'))).toBe(true);
    expect(problems).toContain('content/articles/hostile.md:7:63 <script> can run code and is not allowed: it was removed with its content');
    expect(problems).toContain('content/articles/hostile.md:9:5 the attribute onerror on <img> runs code and is not allowed: it was removed');
    expect(problems).toContain('content/articles/hostile.md:11:1 the attribute onmouseover on <div> runs code and is not allowed: it was removed');
  });

  it('builds the site anyway: the build neutralises what the check refuses', () => {
    expect(build.status, build.stderr).toBe(0);
  });

  it('lists the new article on its topic page', () => {
    expect(page('topics/drones')).toContain(`href="/articles/${slug}/"`);
  });

  it('links the article to its source file and shows when it was last changed', () => {
    const html = page(`articles/${slug}`);
    expect(html).toContain(`href="${REPO}/edit/main/${created}"`);
    expect(html).toMatch(/Last updated <time datetime="2024-05-15T09:00:00\+00:00">15 May 2024<\/time>/);
    // An entity mention inside the emphasis links to its page (wrapped with its preview).
    expect(html).toMatch(/<em>(?:<span class="mention">)?(?:<a [^>]*>)?Shahed(?:<\/a>)?/);
    expect(html).toContain('<strong>Kavirtech</strong>');
    expect(html).toContain('href="https://example.org/report"');
  });

  describe('in Chromium', () => {
    // Tabs stay open until the end: the Chromium of @sparticuz/chromium runs in one process and exits with its last tab.
    beforeAll(async () => {
      site = await serve(path.join(root, 'dist'));
      browser = await launchBrowser();
    });

    it('finds the new article by a word of its text', async () => {
      const tab = await browser.newPage();
      await tab.goto(`${site.url}/`);
      // Pagefind's own API in the page, as the search box uses it (a string, so vitest leaves the import alone).
      const urls = (await tab.evaluate(`(async () => {
        const pagefind = await import('/pagefind/pagefind.js');
        await pagefind.init();
        const search = await pagefind.search('Kavirtech');
        return Promise.all(search.results.map(async (r) => (await r.data()).url));
      })()`)) as string[];
      expect(urls).toEqual([`/articles/${slug}/`]);
    });

    it('shows a hostile topic introduction\'s text and runs nothing', async () => {
      const tab = await browser.newPage();
      const dialogs: string[] = [];
      tab.on('dialog', async (d) => {
        dialogs.push(d.message());
        await d.dismiss();
      });
      await tab.goto(`${site.url}/topics/drones/`);
      await tab.getByText('Quillfeather note').hover();
      expect(await tab.locator('main img, [onerror], a[href^="javascript:"]').count()).toBe(0);
      await tab.waitForTimeout(300);
      expect(dialogs).toEqual([]);
    });

    it('shows the hostile article\'s text and runs nothing', async () => {
      const tab = await browser.newPage();
      const dialogs: string[] = [];
      const errors: string[] = [];
      tab.on('dialog', async (d) => {
        dialogs.push(d.message());
        await d.dismiss();
      });
      tab.on('pageerror', (e) => errors.push(e.message));
      tab.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      await tab.goto(`${site.url}/articles/hostile-markup-article/`);
      // The article's paragraphs are the #p<N> anchors of the contract.
      const text = tab.locator('main p[id^="p"]');
      await text.getByText('Quillfeather drones flew over the border').hover();
      const shown = (await text.allInnerTexts()).join('\n');
      expect(shown).toContain('Analysts call the Quillfeather drone {process.exit(1)} a copy of the Shahed.');
      expect(shown).toContain('import fs from "node:fs"');
      expect(shown).toContain('The photo and the source were removed.');
      expect(await tab.locator('main p[id^="p"] :is(script, img, iframe)').count()).toBe(0);
      expect(await tab.locator('[onerror], [onmouseover], [onclick], a[href^="javascript:"]').count()).toBe(0);
      await tab.waitForTimeout(300);
      expect(dialogs).toEqual([]);
      expect(errors).toEqual([]);
    });
  });
});
