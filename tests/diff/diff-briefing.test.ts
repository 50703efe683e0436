// `npm run diff` on a temporary git repository: a base commit with a two-outlet story, then a commit that
// adds an article joining that story (naming a new person, with a quotation and a denial), edits an
// article so that its topic changes, and removes one; then a commit that only reformats a file; then an
// uncommitted article with a mistyped story in the working tree.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDiff } from '../../src/diff/run-diff.ts';
import { NO_CHANGE, renderMarkdown } from '../../src/diff/render-markdown.ts';
import type { DiffReport } from '../../src/diff/types.ts';
import { tempRepo, type TempRepo } from './temp-repo.ts';

const SITE = 'https://briefing.test/sitrep/';
const NEW = 'kashan-drone-factory-ships-its-first-exports';
const EDITED = 'iran-shows-its-weapons-tehran-parade';

let repo: TempRepo;
let cacheDir: string;
const commits: Record<string, string> = {};
let report: DiffReport;
let markdown: string;

beforeAll(async () => {
  repo = tempRepo('sitrep-diff-test-');
  cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sitrep-diff-cache-'));
  commits.base = repo.commit('base', { add: ['base/kashan-drone-plant.md', 'base/kashan-plant-follow-up.md', 'base/tehran-parade.md', 'base/isfahan-air-show.md'] });
  commits.head = repo.commit('an article joins the Kashan story; the parade is about the S-400; the air show goes', {
    add: ['head/kashan-plant-exports.md', 'head/tehran-parade.md'],
    remove: ['isfahan-air-show.md'],
  });
  commits.reformat = repo.commit('reformat only', { add: ['reformat/kashan-plant-follow-up.md'] });
  ({ report } = await runDiff({ root: repo.root, base: commits.base!, head: commits.head!, site: SITE, cacheDir }));
  markdown = renderMarkdown(report);
}, 120_000);

afterAll(() => {
  fs.rmSync(repo.root, { recursive: true, force: true });
  fs.rmSync(cacheDir, { recursive: true, force: true });
});

describe('a change that adds, edits and removes articles', () => {
  it('names both commits and the files that changed', () => {
    expect(report.base.commit).toBe(commits.base);
    expect(report.head.commit).toBe(commits.head);
    expect(report.changed).toBe(true);
    expect(report.files).toEqual(['content/articles/isfahan-air-show.md', 'content/articles/kashan-plant-exports.md', 'content/articles/tehran-parade.md']);
  });

  it('lists the added article with its future page, and the removed one without a page', () => {
    expect(report.articles.added).toEqual([
      { slug: NEW, title: 'Kashan drone factory ships its first exports', sourceFile: 'content/articles/kashan-plant-exports.md', url: `${SITE}articles/${NEW}/`, source: 'Third Courier', date: '2024-04-02' },
    ]);
    expect(report.articles.removed.map((a) => [a.sourceFile, a.url])).toEqual([['content/articles/isfahan-air-show.md', null]]);
    expect(report.articles.failing).toEqual([]);
  });

  it('says what the edited article says differently: its topic moved from drones to the S-400', () => {
    expect(report.articles.changed.map((a) => a.slug)).toEqual([EDITED]);
    const { changes, url } = report.articles.changed[0]!;
    expect(url).toBe(`${SITE}articles/${EDITED}/`);
    expect(changes.topics).toEqual({ added: ['s-400'], removed: ['drones'] });
    expect(changes.entities?.added).toContain('S-400');
    expect(changes.entities?.removed).toContain('Shahed');
    expect(changes.text).toEqual({ before: 2, after: 2, changed: 2 });
    expect(changes.title).toBeUndefined();
    expect(changes.date).toBeUndefined();
  });

  it('has the new article join the existing story, with the outlets already in it', () => {
    expect(report.stories.new).toEqual([]);
    expect(report.stories.joined).toHaveLength(1);
    const joined = report.stories.joined[0]!;
    expect(joined.id).toBe('kashan-drone-plant');
    expect(joined.url).toBe(`${SITE}stories/kashan-drone-plant/`);
    expect(joined.joining.map((a) => a.slug)).toEqual([NEW]);
    expect(joined.outlets).toEqual(['Example Daily', 'Other Herald']);
    expect(joined.before).toBe(2);
  });

  it('names the new person first named, with her role, and the entities no article names any more', () => {
    const person = report.entities.firstNamed.find((e) => e.type === 'person');
    expect(person).toMatchObject({ id: 'ilse-marwick', name: 'Ilse Marwick', url: `${SITE}entities/ilse-marwick/` });
    expect(person?.role).toMatch(/researcher/i);
    expect(person?.articles.map((a) => a.slug)).toEqual([NEW]);
    expect(report.entities.noLongerNamed.map((e) => e.id)).toContain('su-35');
    expect(report.entities.firstNamed.map((e) => e.id)).not.toContain('kashan');
  });

  it('lists the new quotation under its speaker and the new denial under its topic, anchored at their paragraphs', () => {
    expect(report.quotes).toEqual([
      expect.objectContaining({ speaker: 'Ilse Marwick', quotes: [expect.objectContaining({ text: "The plant doubles Iran's output of drones", url: `${SITE}articles/${NEW}/#p2` })] }),
    ]);
    expect(report.claims.map((g) => [g.topics, g.title])).toEqual([[['drones'], 'Drones']]);
    expect(report.claims[0]!.claims).toEqual([expect.objectContaining({ stance: 'deny', text: 'Moscow denied that it had bought any drones from the plant.', url: `${SITE}articles/${NEW}/#p3` })]);
  });

  it('counts topics before and after, with the months a topic gets its first article in', () => {
    expect(report.topics.map((t) => [t.topic, t.before, t.after, t.newMonths])).toEqual([
      ['drones', 3, 3, ['2024-04']],
      ['s-400', 0, 1, ['2024-02']],
      ['su-35', 1, 0, []],
    ]);
  });

  it('puts new claims before the stories joined, the quotations, the articles, entities and topics in Markdown', () => {
    const order = ['#### New claims and denials', '#### Joining a story', '#### New quotations', '#### Articles', '#### Entities', '#### Topics'].map((h) => markdown.indexOf(h));
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(markdown.startsWith('<!-- sitrep-briefing-diff -->\n')).toBe(true);
  });

  it('says each point in Markdown, linked to the future pages', () => {
    expect(markdown).toContain('**1 article added · 1 changed · 1 removed · 1 article joining a story · 1 new claim · 1 new quotation');
    expect(markdown).toContain(`  - Moscow *denies*: “Moscow denied that it had bought any drones from the plant.” ([Kashan drone factory ships its first exports](${SITE}articles/${NEW}/#p3))`);
    expect(markdown).toContain(`- [Kashan drone factory ships its first exports](${SITE}articles/${NEW}/) (Third Courier) joins [Iran opens a drone factory near Kashan, ministry says](${SITE}stories/kashan-drone-plant/), already told in 2 articles by Example Daily, Other Herald`);
    expect(markdown).toContain(`- **Ilse Marwick**: “The plant doubles Iran's output of drones” (`);
    expect(markdown).toContain(`- **added** [Kashan drone factory ships its first exports](${SITE}articles/${NEW}/): Third Courier, 2 Apr 2024 (\`content/articles/kashan-plant-exports.md\`)`);
    expect(markdown).toMatch(/- \*\*changed\*\* \[Iran shows its weapons at a Tehran parade\]\(\S+\) \(`content\/articles\/tehran-parade.md`\): topics \+S-400 −Drones; /);
    expect(markdown).toContain('- **removed** Su-35 fighter jets expected at an Isfahan air show (`content/articles/isfahan-air-show.md`): its page `/articles/su-35-fighter-jets-expected-isfahan-air-show/` goes away');
    expect(markdown).toContain(`- **first named** [Ilse Marwick](${SITE}entities/ilse-marwick/) (person, `);
    expect(markdown).toContain(`| [Drones](${SITE}topics/drones/) | 3 → 3 | April 2024 |`);
    expect(markdown).toContain(`| [Su-35](${SITE}topics/su-35/) | 1 → 0 | – |`);
    expect(markdown).not.toContain(NO_CHANGE);
  });
});

describe('the base ingested in a worker thread beside the head', () => {
  it('gives the same report as one thread', async () => {
    const both = await Promise.all([true, false].map((parallel) => runDiff({ root: repo.root, base: commits.base!, head: commits.head!, site: SITE, cacheDir, parallel })));
    expect(both[0]!.report).toEqual(report);
    expect(both[1]!.report).toEqual(report);
  }, 240_000);
});

describe('a change that only reformats a file', () => {
  it('says "no change to the briefing", in JSON and in Markdown', async () => {
    const { report: same } = await runDiff({ root: repo.root, base: commits.head!, head: commits.reformat!, site: SITE, cacheDir });
    expect(same.files).toEqual(['content/articles/kashan-plant-follow-up.md']);
    expect(same.changed).toBe(false);
    expect([same.articles.added, same.articles.changed, same.articles.removed, same.stories.joined, same.topics, same.check.messages]).toEqual([[], [], [], [], [], []]);
    const text = renderMarkdown(same);
    expect(text).toContain(`**${NO_CHANGE}**`);
    expect(text).not.toContain('####');
  }, 120_000);
});

describe('a change to the knowledge, not to any article', () => {
  it('reports the articles whose topics it changes, the base keeping a cache of its own', async () => {
    const topic = fs.readFileSync(path.join(repo.root, 'content/topics/drones.md'), 'utf8');
    const raised = repo.commit('drones need far more evidence', { write: { 'content/topics/drones.md': topic.replace(/^threshold: 3$/m, 'threshold: 300') } });
    try {
      const { report: r } = await runDiff({ root: repo.root, base: commits.reformat!, head: raised, site: SITE, cacheDir });
      expect(r.files).toEqual(['content/topics/drones.md']);
      expect(r.topics.find((t) => t.topic === 'drones')).toMatchObject({ before: 3, after: 0 });
      expect(r.articles.changed.map((a) => a.changes.topics?.removed)).toEqual([['drones'], ['drones'], ['drones']]);
      expect(fs.existsSync(`${cacheDir}-base`)).toBe(true);
    } finally {
      repo.git('reset', '-q', '--hard', commits.reformat!);
      fs.rmSync(`${cacheDir}-base`, { recursive: true, force: true });
    }
  }, 240_000);
});

describe('the working tree, through the command line', () => {
  const run = (...args: string[]) =>
    spawnSync(process.execPath, [path.resolve('scripts/diff.ts'), ...args], { cwd: repo.root, encoding: 'utf8', timeout: 120_000, env: { ...process.env, SITREP_CACHE_DIR: cacheDir } });

  it('reports the check on an uncommitted article with path:line:col, as JSON', () => {
    fs.copyFileSync(path.resolve('tests/diff/fixtures/head/kashan-plant-visit.md'), path.join(repo.root, 'content/articles/kashan-plant-visit.md'));
    try {
      const result = run('--base', commits.reformat!, '--format', 'json', '--site', SITE);
      expect(result.status, result.stderr).toBe(0);
      const json = JSON.parse(result.stdout) as DiffReport;
      expect(json.head).toEqual({ ref: 'working tree', commit: null });
      expect(json.files).toEqual(['content/articles/kashan-plant-visit.md']);
      expect(json.articles.added.map((a) => a.sourceFile)).toEqual(['content/articles/kashan-plant-visit.md']);
      expect(json.check.warnings).toBe(1);
      expect(json.check.messages).toEqual([
        { path: 'content/articles/kashan-plant-visit.md', line: 5, column: 8, severity: 'warning', message: expect.stringContaining('did you mean "kashan-drone-plant"?') },
      ]);
      const md = run('--base', commits.reformat!, '--site', SITE);
      expect(md.stdout).toContain('- `content/articles/kashan-plant-visit.md:5:8` warning: "story" "kashan-drone-plnt" is no article');
      expect(md.stdout).toContain('**1 article added · 1 new story** · check: 1 warning');
    } finally {
      fs.rmSync(path.join(repo.root, 'content/articles/kashan-plant-visit.md'));
    }
  }, 240_000);

  it('says what to pass when the base names no commit (exit 1), and what is missing (exit 2)', () => {
    const unknown = run('--base', 'no-such-branch');
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('"no-such-branch" names no commit here');
    const missing = run();
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('--base is required');
  }, 120_000);
});
