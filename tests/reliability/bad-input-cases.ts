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
  /** Written as a symbolic link to this file (missing, or outside the project) instead of `bytes`. */
  symlinkTo?: string;
  /** Text the article must record in `removed` (dropped with its element or comment). */
  removed?: string[];
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
    name: 'nested Markdown, as deep as the limit (32 levels)',
    file: 'nested.md',
    bytes: `${'> '.repeat(32)}Deeply quoted text about the S-400 sale.\n\n${Array.from({ length: 32 }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n')}\n`,
    expect: page(['Deeply quoted text about the S-400 sale.', 'level 0', 'level 16', 'level 31']),
  },
  { name: 'quotations nested 500 deep', file: 'deep-quote.md', bytes: `${'> '.repeat(500)}Deeply quoted text.\n`, expect: error(/lists or quotations are nested more than 32 levels deep/, 1, 65) },
  {
    name: 'a list nested 3,000 deep',
    file: 'deep-list.md',
    bytes: `${Array.from({ length: 3000 }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n')}\n`,
    expect: error(/lists or quotations are nested more than 32 levels deep/, 33, 66),
  },
  { name: '2,000 nested <em>', file: 'deep-em.md', bytes: `${'<em>'.repeat(2000)}${GOOD}${'</em>'.repeat(2000)}\n`, expect: error(/HTML elements are nested more than 32 levels deep/, 1, 129) },
  { name: '2,000 nested <b><i>', file: 'deep-bi.md', bytes: `${'<b><i>'.repeat(1000)}${GOOD}${'</i></b>'.repeat(1000)}\n`, expect: error(/HTML elements are nested more than 32 levels deep/, 1, 97) },
  { name: '2,000 nested <a>', file: 'deep-a.md', bytes: `${'<a href="https://example.org/">'.repeat(2000)}${GOOD}${'</a>'.repeat(2000)}\n`, expect: error(/HTML elements are nested more than 32 levels deep/, 1, 993) },
  { name: 'a run of 2,000 emphasis marks', file: 'deep-stars.md', bytes: `${'*'.repeat(2000)}${GOOD}${'*'.repeat(2000)}\n`, expect: error(/emphasis marks are nested more than 32 levels deep/, 1, 1) },
  { name: '32 nested <b><i>, within the limit', file: 'nested-bi.md', bytes: `${'<b><i>'.repeat(16)}${GOOD}${'</i></b>'.repeat(16)}\n`, expect: page([GOOD]) },
  { name: '"*a " 2,000 times', file: 'stars.md', bytes: `${GOOD}\n\n${'*a '.repeat(2000)}\n`, expect: page([GOOD, '*a *a *a *a *a *a']) },
  {
    name: "an editor's unclosed <!-- (CommonMark runs it to the end of the file)",
    file: 'unclosed-comment.md',
    bytes: `${GOOD}\n\n<!-- a note the editor never closed\n\nRussia denied the report on Tuesday, the ministry said.\n`,
    expect: page([GOOD, 'Russia denied the report on Tuesday, the ministry said.'], /<!-- is never closed with -->/),
  },
  {
    name: 'an unclosed <?php',
    file: 'unclosed-php.md',
    bytes: `${GOOD}\n\n<?php echo "x";\n\nRussia denied the report on Tuesday, the ministry said.\n`,
    expect: page([GOOD, 'Russia denied the report on Tuesday, the ministry said.'], /<\? is never closed with \?>/),
  },
  {
    name: 'an unclosed <![CDATA[',
    file: 'unclosed-cdata.md',
    bytes: `${GOOD}\n\n<![CDATA[ raw\n\nRussia denied the report on Tuesday, the ministry said.\n`,
    expect: page([GOOD, 'Russia denied the report on Tuesday, the ministry said.'], /<!\[CDATA\[ is never closed/),
  },
  {
    name: 'a block <script> never closed',
    file: 'unclosed-script.md',
    bytes: `${GOOD}\n\n<script>\n\nRussia denied the report on Tuesday, the ministry said.\n`,
    expect: page([GOOD, 'Russia denied the report on Tuesday, the ministry said.'], /<script> is never closed/),
  },
  {
    name: 'prose inside <textarea>, <title>, <noscript>, <template>, <svg>, <math>: removed, and on the record',
    file: 'raw-text.md',
    bytes: `${GOOD}\n\n<textarea>\nWords in a textarea.\n</textarea>\n\nThe minister said <title>the deal is done</title> today in Tehran.\n\n<noscript>Words in noscript.</noscript>\n\n<template>Words in a template.</template>\n\n<svg><text>Words in an svg.</text></svg>\n\n<math><mi>Words in math.</mi></math>\n\n<!-- a closed comment -->\n`,
    expect: page([GOOD, 'The minister said today in Tehran.'], /<title> is not allowed/),
    removed: ['Words in a textarea.', 'the deal is done', 'Words in noscript.', 'Words in a template.', 'Words in an svg.', 'Words in math.', 'a closed comment'],
  },
  {
    name: 'UTF-8 with one stray byte stays UTF-8',
    file: 'stray-byte.txt',
    bytes: Uint8Array.from([...Buffer.from('Le ministre a déclaré à Téhéran que la coopération continuait.\n\nÇa va, a-t-il ajouté '), 0xff, ...Buffer.from(' très bien.\n')]),
    expect: page(['Le ministre a déclaré à Téhéran que la coopération continuait.', 'Ça va, a-t-il ajouté \ufffd très bien.'], /3:22 warning: this UTF-8 file holds a byte that is not UTF-8 \(the first, 0xFF, here\)/),
  },
  {
    name: 'UTF-8 with a CESU-8 surrogate pair stays UTF-8',
    file: 'cesu.txt',
    bytes: Uint8Array.from([...Buffer.from('Le ministre a déclaré à Téhéran que la coopération continuait '), 0xed, 0xa0, 0xbd, 0xed, 0xb8, 0x80, ...Buffer.from('.\n')]),
    expect: page(['Le ministre a déclaré à Téhéran que la coopération continuait'], /bytes that are not UTF-8/),
  },
  {
    name: 'front-matter nested 10,000 deep',
    file: 'deep-yaml.md',
    bytes: `---\ntitle: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n---\n${GOOD}\n`,
    expect: error(/the front-matter is nested more than 32 levels deep/, 2, 39),
  },
  { name: 'a link to a file outside the project', file: 'passwd.md', bytes: '', symlinkTo: '/etc/passwd', expect: error(/symbolic link to a file outside the project/, 1, 1) },
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
