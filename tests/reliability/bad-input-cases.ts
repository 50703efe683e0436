// The bad-input corpus: hostile or broken files a newsroom will one day send, each with the outcome it must
// have — a correct article holding the listed text, or a clear error at `path:line:col`. Built here rather
// than committed as files: several are megabytes, or bytes no editor should have to keep in git.
// Used by bad-input.test.ts (ingest) and tests/quality/bad-input-build.test.ts (all the way to the built page).
import fs from 'node:fs';
import path from 'node:path';

export const GOOD = 'Iranian drones were seen over Kyiv on Monday, officials said. Russia has denied using them.';

const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0]);
const utf16 = (text: string, bom: number[], swap: boolean) => {
  const le = Buffer.from(text, 'utf16le');
  if (swap) le.swap16();
  return Uint8Array.from([...bom, ...le]);
};
const latin1 = (text: string) => Buffer.from(text, 'latin1');
const paragraph = (i: number) => `Paragraph ${i} says that the Shahed drone program expanded again in the region.`;

export type Outcome =
  | { page: true; keeps: string[]; warning?: RegExp }
  | { page: false; error: RegExp; line: number; column?: number };

export interface Case {
  name: string;
  file: string;
  bytes: Uint8Array | string;
  expect: Outcome;
  /** Too large for the full MDX parser in a unit test: `keeps` are checked as literal text of the MDX. */
  heavy?: boolean;
  /** Written as a symbolic link to this (missing) file instead of `bytes`. */
  symlinkTo?: string;
}

/** Writes the cases (and the control file) into `dir`. */
export function writeCases(dir: string, cases: Array<Case | typeof CONTROL>): void {
  for (const c of cases) {
    if ('symlinkTo' in c && c.symlinkTo) fs.symlinkSync(c.symlinkTo, path.join(dir, c.file));
    else fs.writeFileSync(path.join(dir, c.file), c.bytes);
  }
}

const page = (keeps: string[], warning?: RegExp): Outcome => ({ page: true, keeps, ...(warning ? { warning } : {}) });
const error = (re: RegExp, line: number, column?: number): Outcome => ({ page: false, error: re, line, ...(column ? { column } : {}) });

export const CASES: Case[] = [
  { name: 'an empty file', file: 'empty.txt', bytes: '', expect: error(/has no text/, 1) },
  { name: 'whitespace only', file: 'blank.txt', bytes: ' \n\t\n  \n', expect: error(/has no text/, 1) },
  { name: 'binary bytes (a PNG)', file: 'image.txt', bytes: PNG, expect: error(/not text/, 1) },
  {
    name: 'invalid UTF-8, read as Windows-1252',
    file: 'invalid-utf8.txt',
    bytes: Uint8Array.from([...Buffer.from('Caf'), 0xe9, ...Buffer.from(' talks ended on Monday in Vienna, diplomats said.\n')]),
    expect: page(['Café talks ended on Monday in Vienna, diplomats said.']),
  },
  {
    name: 'Latin-1 with accents and Windows-1252 curly quotes',
    file: 'latin1.txt',
    bytes: Uint8Array.from([...latin1('Le ministre a déclaré que '), 0x93, ...latin1('la coopération continue'), 0x94, ...latin1(' à Téhéran.\n')]),
    expect: page(['Le ministre a déclaré que “la coopération continue” à Téhéran.']),
  },
  { name: 'UTF-16 LE with BOM', file: 'utf16le.txt', bytes: utf16(`${GOOD}\n`, [0xff, 0xfe], false), expect: page([GOOD]) },
  { name: 'UTF-16 BE with BOM', file: 'utf16be.txt', bytes: utf16(`${GOOD}\n`, [0xfe, 0xff], true), expect: page([GOOD]) },
  { name: 'UTF-8 with BOM', file: 'bom.txt', bytes: `\ufeff${GOOD}\n`, expect: page([GOOD]) },
  { name: 'CRLF line ends', file: 'crlf.txt', bytes: `${paragraph(1)}\r\n\r\n${paragraph(2)}\r\n`, expect: page([paragraph(1), paragraph(2)]) },
  { name: 'lone CR line ends', file: 'cr.txt', bytes: `${paragraph(1)}\r\r${paragraph(2)}\r`, expect: page([paragraph(1), paragraph(2)]) },
  {
    name: 'a 5 MB article',
    file: 'huge.txt',
    bytes: Array.from({ length: 62_000 }, (_, i) => paragraph(i)).join('\n\n'),
    expect: page(['Paragraph 0 says that the', 'Paragraph 31000 says that the', 'Paragraph 61999 says that the', 'drone program expanded again in the region.']),
    heavy: true,
  },
  {
    name: 'a line of 200,000 characters',
    file: 'long-line.txt',
    bytes: `${'Drones and missiles, '.repeat(9_524)}end of the line.\n`,
    expect: page(['Drones and missiles, Drones and missiles,', 'Drones and missiles, end of the line.']),
  },
  {
    name: '10,000 short lines',
    file: 'many-lines.txt',
    bytes: Array.from({ length: 10_000 }, (_, i) => `Line ${i} of the report ends here.`).join('\n'),
    expect: page(['Line 0 of the report ends here.', 'Line 5000 of the report ends here.', 'Line 9999 of the report ends here.']),
  },
  {
    name: 'emoji and right-to-left text',
    file: 'emoji-rtl.txt',
    bytes: 'The spokesman posted 🚀🇮🇷 and wrote «لا تعليق» about the drone deal on Monday.\n\nשלום and Привет appeared in the same post.\n',
    expect: page(['The spokesman posted 🚀🇮🇷 and wrote «لا تعليق» about the drone deal on Monday.', 'שלום and Привет appeared in the same post.']),
  },
  { name: 'a file name with spaces and non-Latin letters', file: 'Иран и Россия 2024.txt', bytes: `${GOOD}\n`, expect: page([GOOD]) },
  {
    name: 'deeply nested Markdown',
    file: 'nested.md',
    bytes: `${'> '.repeat(500)}Deeply quoted text about the S-400 sale.\n\n${Array.from({ length: 200 }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n')}\n`,
    expect: page(['Deeply quoted text about the S-400 sale.', 'level 0', 'level 100', 'level 199']),
  },
  {
    name: "an editor's Markdown ending in a list",
    file: 'closing-list.md',
    bytes: `${GOOD}\n\nThe shipment included:\n\n- Shahed-136 drones\n- spare engines\n`,
    expect: page([GOOD, 'The shipment included:', 'Shahed-136 drones', 'spare engines']),
  },
  {
    name: "an editor's sentence that trails off in an ellipsis",
    file: 'ellipsis.md',
    bytes: `${GOOD}\n\nThe minister would only say that talks with Moscow were continuing...\n\nMore talks are planned for June, officials said.\n`,
    expect: page([GOOD, 'The minister would only say that talks with Moscow were continuing...', 'More talks are planned for June, officials said.']),
  },
  {
    name: 'malformed YAML front-matter (an unclosed quotation)',
    file: 'bad-yaml.md',
    bytes: `---\ntitle: "unclosed\ndate: [2024\n---\n${GOOD}\n`,
    expect: error(/invalid YAML/, 2, 8),
  },
  {
    name: 'a YAML alias with no anchor in front-matter',
    file: 'alias.md',
    bytes: `---\ntitle: Fine title\nsource: *outlet\n---\n${GOOD}\n`,
    expect: error(/invalid YAML: Unresolved alias/, 3, 9),
  },
  {
    name: 'a YAML alias bomb in front-matter',
    file: 'alias-bomb.md',
    bytes: `---\na: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n---\n${GOOD}\n`,
    expect: error(/invalid YAML: Excessive alias count/, 3, 8),
  },
  { name: 'wrong types in front-matter', file: 'wrong-types.md', bytes: `---\ntitle: Fine title\ntopics: drones\n---\n${GOOD}\n`, expect: error(/"topics"/, 3) },
  {
    name: 'an unknown topic in front-matter',
    file: 'unknown-topic.md',
    bytes: `---\ntitle: Drones over Kyiv\ntopics: [drones, dornes]\n---\n${GOOD}\n`,
    expect: error(/unknown topic "dornes" in "topics": did you mean "drones"\?/, 3, 18),
  },
  {
    name: 'a duplicate slug (the first file)',
    file: 'dup-a.md',
    bytes: `---\ntitle: First story\nslug: same-story\n---\n${GOOD}\n`,
    expect: page([GOOD]),
  },
  {
    name: 'a duplicate slug (the second file, which an editor must rename)',
    file: 'dup-b.md',
    bytes: '---\ntitle: Second story\nslug: same-story\n---\nRussia denied using Iranian drones, the ministry said on Tuesday.\n',
    expect: error(/slug "same-story" is already used/, 3, 7),
  },
  {
    name: 'two files that slugify alike (the first)',
    file: 'Iran drone deal.txt',
    bytes: 'Iran and Russia sign a drone deal\n\nThe first file says the deal was signed in Tehran on Monday.\n',
    expect: page(['The first file says the deal was signed in Tehran on Monday.']),
  },
  {
    name: 'two files that slugify alike (the second gets "-2")',
    file: 'iran-drone-deal.txt',
    bytes: 'Iran and Russia sign a drone deal\n\nThe second file says the deal was signed in Moscow on Tuesday.\n',
    expect: page(['The second file says the deal was signed in Moscow on Tuesday.'], /already used/),
  },
  { name: 'a broken symbolic link', file: 'moved-away.txt', bytes: '', symlinkTo: 'no-such-file.txt', expect: error(/could not be read/, 1, 1) },
  {
    name: 'MDX and HTML injection in raw text',
    file: 'inject.txt',
    bytes: `import x from "y"\n\nexport const a = 1\n\n{alert(1)} <script>alert(2)</script> <img src=x onerror=alert(3)> <Entity id="x">fake</Entity>\n\n${GOOD}\n`,
    expect: page(['import x from "y"', 'export const a = 1', '{alert(1)} <script>alert(2)</script> <img src=x onerror=alert(3)> <Entity id="x">fake</Entity>', GOOD]),
  },
  {
    name: "MDX and HTML injection in an editor's Markdown",
    file: 'inject.md',
    bytes: `import x from "y"\n\n{alert(1)} said the <b>minister</b> <script>alert(2)</script> <img src=x onerror=alert(3)>\n\n${GOOD}\n`,
    expect: page(['import x from "y"', '{alert(1)} said the minister', GOOD]),
  },
];

/** A file with nothing wrong, ingested with the corpus: one bad file must never cost another article. */
export const CONTROL = { file: 'zz-control.txt', bytes: `${GOOD}\n`, keeps: [GOOD] };
