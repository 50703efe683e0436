// The first step: bytes of one input file to a Draft. Decodes, separates an editor's front-matter from the
// body (Markdown files only) and validates it. A file that is not text gets an error and an empty body.
import { VFile } from 'vfile';
import { decode, type Decoded } from './decode.ts';
import { splitFrontMatter, type FrontMatterSplit } from './split-front-matter.ts';
import { parseYaml } from './parse-yaml.ts';
import { MAX_YAML_DEPTH, yamlTooDeep } from './read-data-file.ts';
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
  warnInvalidBytes(file, decoded);
  for (const f of decoded.confusables.slice(0, 10)) file.message(f.reason, { place: { line: f.line, column: f.column }, ruleId: 'confusable', source: 'sitrep' });
  const split: FrontMatterSplit = sourceFile.endsWith('.md') ? splitFrontMatter(decoded.text) : { yaml: null, data: null, body: decoded.text, bodyLine: 1 };
  if (split.unclosed) {
    fail(file, 'the front-matter opened on line 1 is never closed: add a line `---` after its last key', 'front-matter');
    return draft;
  }
  const deep = split.yaml !== null ? yamlTooDeep(split.yaml, 2) : null;
  if (deep) {
    file.message(`the front-matter is nested more than ${MAX_YAML_DEPTH} levels deep here: flatten it (its keys need one or two levels)`, { place: deep, ruleId: 'front-matter', source: 'sitrep' }).fatal = true;
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

/** UTF-8 with a few broken bytes stays UTF-8: each shows as U+FFFD, and one warning says where the first is. */
export function warnInvalidBytes(file: VFile, decoded: Decoded): void {
  const first = decoded.invalid[0];
  if (!first) return;
  const count = decoded.invalidCount === 1 ? 'a byte that is not UTF-8' : `${decoded.invalidCount} bytes that are not UTF-8`;
  const byte = first.byte.toString(16).toUpperCase().padStart(2, '0');
  file.message(`this UTF-8 file holds ${count} (the first, 0x${byte}, here): ${decoded.invalidCount === 1 ? 'it shows' : 'they show'} as "\uFFFD"; correct the character and save the file as UTF-8`, {
    place: { line: first.line, column: first.column },
    ruleId: 'encoding',
    source: 'sitrep',
  });
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
