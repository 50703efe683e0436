// Look-alike and invisible characters must not make a second, fake entity or a title that displays other
// than it reads (Unicode TR39): a Cyrillic "Ѕ" in "Ѕ-400" is read as the Latin S, a zero-width joiner
// inside "Iran" is removed, right-to-left overrides are removed from titles; each with a warning at its place.
// Messages quote untrusted text (file names, YAML keys): a newline in one must not start a line of its own
// (a CI log line "::error" is a GitHub Actions command).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ingest, type IngestResult } from '../../src/pipeline/ingest.ts';
import { formatMessages } from '../../src/pipeline/report.ts';
import { parseMdx } from '../helpers/mdx-text.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sitrep-spoof-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function run(files: Record<string, string>): IngestResult & { lines: string[] } {
  const sub = fs.mkdtempSync(path.join(dir, 'run-'));
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(sub, name), text);
  const result = ingest({ inputs: [sub], contentDir: 'content', cwd: sub });
  return { ...result, lines: formatMessages(result.files) };
}

const data = (result: IngestResult, file: string) => parseMdx(result.articles.find((a) => a.sourceFile === file)!.mdx).data as { title: string; entities: Array<{ id: string }> };

describe('look-alike letters', () => {
  it('a Cyrillic Ѕ in "Ѕ-400" names the real S-400, with a warning at the letter', () => {
    const result = run({ 'a.txt': 'Russia delivered the \u0405-400 system to Iran on Monday, officials said.\n' });
    const ids = data(result, 'a.txt').entities.map((e) => e.id);
    expect(ids).toContain('s-400');
    expect(ids.some((id) => /^400|-400$/.test(id) && id !== 's-400')).toBe(false);
    expect(result.lines).toContain('a.txt:1:22 warning: "\u0405-400" is written with letters that only look Latin (\u0405 U+0405): it was read as "S-400"; retype it in Latin letters');
  });

  it('leaves Russian as written, С-400 included', () => {
    const result = run({ 'ru.txt': 'Россия поставила Ирану С-400 в понедельник, сообщили официальные лица.\n' });
    expect(result.lines.filter((l) => /confusable|only look Latin/.test(l))).toEqual([]);
    expect(result.articles[0]!.mdx).toContain('С-400');
  });

  it('a zero-width joiner inside "Iran" is removed, and Iran is found', () => {
    const result = run({ 'z.txt': 'Ir\u200dan and Russia signed a drone deal on Monday, officials said.\n' });
    expect(result.articles[0]!.mdx).not.toContain('\u200d');
    expect(data(result, 'z.txt').entities.map((e) => e.id)).toContain('iran');
    expect(result.lines.join('\n')).toMatch(/^z\.txt:1:3 warning: an invisible zero-width joiner/m);
  });
});

describe('bidi controls in titles', () => {
  it('are removed from the title (and the text), with a warning', () => {
    const result = run({ 't.md': '---\ntitle: "Drone deal \u202etxt.exe\u202c signed"\n---\nIran and Russia signed a drone deal on Monday, officials said.\n' });
    expect(data(result, 't.md').title).toBe('Drone deal txt.exe signed');
    expect(result.lines.join('\n')).toMatch(/^t\.md:2:20 warning: bidirectional control characters/m);
  });
});

describe('messages quoting untrusted text', () => {
  it('a newline in a file name or a YAML key stays inside its one line; no line starts "::"', () => {
    const result = run({
      'x\n::error::pwned.txt': '',
      'k.md': '---\n"bad\\n::error::key": 1\n---\nIran and Russia signed a drone deal on Monday, officials said.\n',
    });
    expect(result.lines.length).toBeGreaterThanOrEqual(2);
    for (const line of result.lines) {
      expect(line).not.toMatch(/\n|\r|\u2028/);
      expect(line).not.toMatch(/^::/);
    }
    expect(result.lines.some((l) => l.startsWith('x\\n::error::pwned.txt:1:1 '))).toBe(true);
    expect(result.lines.some((l) => l.includes('"bad\\n::error::key"'))).toBe(true);
  });
});
