// The first step: bytes of one input file to a Draft. Decodes, separates an editor's front-matter from the
// body (Markdown files only) and validates it. A file that is not text gets an error and an empty body.
import { VFile } from 'vfile';
import { decode } from './decode.ts';
import { splitFrontMatter } from './split-front-matter.ts';
import { parseYaml } from './parse-yaml.ts';
import { editorFrontMatterSchema } from '../schema/editor.ts';
import type { Draft } from './types.ts';

export function readArticle(bytes: Uint8Array, sourceFile: string): Draft {
  const decoded = decode(bytes);
  const file = new VFile({ path: sourceFile, value: decoded.text });
  const draft = emptyDraft(file, sourceFile);
  if (decoded.binary) {
    fail(file, 'this file is not text (it holds binary bytes); remove it or save the article as UTF-8 text', 'not-text');
    return draft;
  }
  const split = sourceFile.endsWith('.md') ? splitFrontMatter(decoded.text) : { yaml: null, body: decoded.text, bodyLine: 1 };
  if (split.unclosed) {
    fail(file, 'the front-matter opened on line 1 is never closed: add a line `---` after its last key', 'front-matter');
    return draft;
  }
  if (split.yaml !== null) {
    const editor = parseYaml(file, { text: split.yaml, line: 2 }, editorFrontMatterSchema, 'front-matter');
    if (editor) draft.editor = editor;
  }
  draft.text = split.body;
  draft.firstLine = split.bodyLine;
  if (split.body.trim() === '') {
    const where = split.yaml === null ? 'write the article' : 'write the article below the front-matter';
    fail(file, `the article has no text: ${where}, or delete the file`, 'empty-body', split.bodyLine);
  }
  return draft;
}

function fail(file: VFile, reason: string, ruleId: string, line = 1): void {
  file.message(reason, { place: { line, column: 1 }, ruleId, source: 'sitrep' }).fatal = true;
}

export function emptyDraft(file: VFile, sourceFile: string): Draft {
  return {
    file,
    sourceFile,
    text: '',
    firstLine: 1,
    editor: {},
    lines: [],
    blocks: [],
    removed: [],
    title: null,
    lang: 'en',
    dir: 'ltr',
    slug: null,
    date: null,
    source: null,
    author: null,
    agency: null,
    topics: [],
    entities: [],
    quotes: [],
    claims: [],
    summary: '',
    story: null,
  };
}
