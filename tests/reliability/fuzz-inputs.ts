// fast-check arbitraries for the ingest fuzz test: articles as a newsroom might send them, and worse —
// mutated seed articles, random Unicode, Markdown/MDX/HTML fragments, random editor front-matter, in
// UTF-8, UTF-16 or Windows-1252 bytes.
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';

const SEEDS = fs
  .readdirSync('seeds')
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => fs.readFileSync(path.join('seeds', f), 'utf8'));

/** Syntax that means something to Markdown, MDX, JSX, HTML, YAML or the pipeline's own heuristics. */
const FRAGMENTS = [
  '{', '}', '{alert(1)}', '{/* c */}', '<', '>', '</', '/>', '<Entity id="s-400">', '</Entity>', '<Quote speaker="x">', '</Quote>',
  '<Caption>', '<Claim stance="deny">', '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '<b>', '</b>', '<!--', '-->',
  '<![CDATA[', '<div>', '</div>', '<br>', 'import x from "y"', 'export const a = 1', 'export default {}', '`', '```', '~~~', '*', '**',
  '_', '__', '#', '## ', '> ', '- ', '* ', '1. ', '1) ', '+ ', '---', '***', '===', '|', '| a | b |', '[a](javascript:alert(1))',
  '[a](https://example.org)', '![x](y.png)', '[ref]: https://x', '&amp;', '&#0;', '&#x1F600;', '&nbsp;', '\\', '\\{', '$', '$$', '^',
  '"', '“', '”', "'", '‘', '’', '«', '»', '…', '...', '—', '–', ':', ';', '(', ')', '[', ']', 'By Jane Doe', 'By Jane Doe (AFP)',
  '(Reuters) -', 'WASHINGTON (AP) —', 'Read more…', 'Share this article', 'Be the first to comment', 'Advertisement', '©', '\t', '\u00a0',
  '\u200b', '\u202e', '\u2028', '\ufeff', '\u0301', '🚀', '🇮🇷', 'לא', 'لا تعليق', 'Иран', '中文', 'ﷺ', 'said', 'Iran', 'Russia',
  // HTML blocks, comments, processing instructions and raw-text elements, opened at a line start or inline,
  // closed or not: CommonMark runs an unclosed one to the end of the file.
  '\n<!-- ', '\n<?php ', '?>', '\n<![CDATA[ ', ']]>', '\n<!DOCTYPE x', '\n<script>\n', '</script>', '<textarea>', '</textarea>',
  '<title>', '</title>', '<noscript>', '</noscript>', '<template>', '</template>', '<svg>', '</svg>', '<math>', '</math>', '\n<style>', '</style>',
  'drone', 'Shahed-136', 'S-400', 'Su-35', 'Syria', 'Lloyd Austin', 'on Monday', 'September 20, 2023', '2024-02-30', 'said.',
];

const fragment = fc.constantFrom(...FRAGMENTS);
const word = fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 6 }));
const separator = fc.constantFrom(' ', '', '\n', '\n\n', '  \n', '\r\n', '\r');

/** A run of fragments and words with random separators: random Markdown/MDX/HTML. */
export const markup = fc.array(fc.tuple(word, separator), { maxLength: 80 }).map((parts) => parts.map(([w, s]) => w + s).join(''));

const mutation = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  length: fc.nat({ max: 400 }),
  kind: fc.constantFrom('insert', 'delete', 'replace', 'duplicate'),
  text: fc.oneof(fragment, markup),
});

/** A seed article with a few insertions, deletions, replacements and duplications. */
export const mutatedSeed = fc.tuple(fc.constantFrom(...SEEDS), fc.array(mutation, { minLength: 1, maxLength: 8 })).map(([seed, mutations]) => {
  let text = seed;
  for (const m of mutations) {
    const at = Math.floor(m.at * text.length);
    if (m.kind === 'insert') text = text.slice(0, at) + m.text + text.slice(at);
    else if (m.kind === 'delete') text = text.slice(0, at) + text.slice(at + m.length);
    else if (m.kind === 'replace') text = text.slice(0, at) + m.text + text.slice(at + m.length);
    else text = text.slice(0, at) + text.slice(at, at + m.length) + text.slice(at);
  }
  return text;
});

const KEYS = ['title', 'slug', 'date', 'source', 'author', 'agency', 'topics', 'removeTopics', 'story', 'summary', 'tittle', 'tags'];
const yamlValue = fc.oneof(
  fc.constantFrom('', 'null', '~', 'true', '42', '2024', '2024-03', '2024-03-02', '2024-13-45', '"2024-03-02"', '[drones]', '[drones, su-35]',
    '[Not A Slug]', '[]', '{}', '{a: 1}', '"unclosed', "'unclosed", '|', '>', '- x', '&anchor x', '*alias', '!!binary x', '"\\u0000"',
    'S-400 deal', 'iran-russia', 'Ünïcödé title', 'a: b: c', '#comment'),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  markup.map((m) => JSON.stringify(m.slice(0, 130))),
);
const frontMatterLine = fc.oneof(
  fc.tuple(fc.constantFrom(...KEYS), yamlValue).map(([k, v]) => `${k}: ${v}`),
  fc.constantFrom('  - nested', '\tindented: tab', 'no colon here', ': no key', 'title: a\ntitle: b'),
);
/** Random editor front-matter, well-formed or not. */
export const frontMatter = fc.array(frontMatterLine, { maxLength: 8 }).map((lines) => `---\n${lines.join('\n')}\n---\n`);

/**
 * Prose with syntax inside a sentence: plain words around one to three fragments, so the fragments sit in
 * ordinary text that the emitter might pass through unescaped, not beside other syntax that forces escaping.
 */
const PLAIN = ['The', 'minister', 'said', 'talks', 'in', 'Tehran', 'went', 'ahead', 'on', 'Monday', 'and', 'the', 'deal', 'was', 'signed'];
export const proseWithSyntax = fc
  .array(fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...PLAIN) }, { weight: 1, arbitrary: fragment }), { minLength: 3, maxLength: 30 })
  .map((words) => `${words.join(' ')}.`);
const paragraphs = fc.array(proseWithSyntax, { minLength: 1, maxLength: 6 }).map((list) => list.join('\n\n'));

const text = fc.oneof(
  { weight: 4, arbitrary: mutatedSeed },
  { weight: 2, arbitrary: paragraphs },
  { weight: 3, arbitrary: markup },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 400 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 400 }) },
);

export interface FuzzArticle {
  name: string;
  bytes: Uint8Array;
  /** The text before encoding, for the failure report. */
  text: string;
}

const encode = (value: string, encoding: 'utf-8' | 'utf-16le' | 'windows-1252'): Uint8Array => {
  if (encoding === 'utf-16le') return Uint8Array.from([0xff, 0xfe, ...Buffer.from(value, 'utf16le')]);
  if (encoding === 'windows-1252') return Uint8Array.from(Buffer.from(value, 'latin1'));
  return Uint8Array.from(Buffer.from(value, 'utf8'));
};

/** One input file: a .txt of raw text, or an editor's .md with or without front-matter, in some encoding. */
export const article = fc
  .record({
    kind: fc.constantFrom('txt', 'md'),
    frontMatter: fc.option(frontMatter, { nil: undefined }),
    body: text,
    encoding: fc.constantFrom<'utf-8' | 'utf-16le' | 'windows-1252'>('utf-8', 'utf-8', 'utf-8', 'utf-16le', 'windows-1252'),
  })
  .map(({ kind, frontMatter: fm, body, encoding }) => {
    const value = kind === 'md' && fm !== undefined ? fm + body : body;
    return { ext: `.${kind}`, text: value, bytes: encode(value, encoding) };
  });

/** One to four articles, named so that inputs sort in a known order. */
export const articles = fc.array(article, { minLength: 1, maxLength: 4 }).map((list) =>
  list.map((a, i): FuzzArticle => ({ name: `fuzz-${i}${a.ext}`, bytes: a.bytes, text: a.text })),
);
