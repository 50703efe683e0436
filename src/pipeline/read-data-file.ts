// A knowledge file under content/ (topics, entities, sources, boilerplate, language, site) read as text, or
// the reason it cannot be: these files must be UTF-8 text, and YAML nested deeper than any editor writes is
// refused before the parser, whose recursion would otherwise end in "Maximum call stack size exceeded".
import fs from 'node:fs';
import { decode } from './decode.ts';

/** Deeper than any content file needs (the deepest, language.yaml, nests 3 levels). */
export const MAX_YAML_DEPTH = 32;

export type DataText = { text: string } | { error: string; line?: number; column?: number };

export function readDataFile(real: string): DataText {
  const bytes = fs.readFileSync(real);
  const decoded = decode(bytes);
  if (decoded.binary) return { error: 'this file is not text (it holds binary bytes): remove it, or save it as UTF-8 text' };
  if (decoded.encoding === 'utf-16le' || decoded.encoding === 'utf-16be') {
    return { error: 'this file is UTF-16, and content files must be UTF-8: in your editor, "Save with encoding" → UTF-8' };
  }
  const bad = decoded.invalid[0];
  if (decoded.encoding === 'windows-1252' || bad) {
    return { error: 'this file is not UTF-8: save it as UTF-8 in your editor', ...(bad ? { line: bad.line, column: bad.column } : {}) };
  }
  if (decoded.text.trim() === '') return { error: 'this file is empty: write its content (CONTRIBUTING.md shows the form), or delete the file' };
  const deep = yamlTooDeep(decoded.text);
  if (deep) return { error: `the YAML here is nested more than ${MAX_YAML_DEPTH} levels deep: flatten it (a content file needs a few levels at most)`, ...deep };
  return { text: decoded.text };
}

/**
 * Where YAML first nests deeper than MAX_YAML_DEPTH (flow brackets, or block indentation and "- " items), or
 * null. A linear scan that over-counts at worst (brackets inside quotes), which only matters past the limit.
 */
export function yamlTooDeep(text: string, firstLine = 1): { line: number; column: number } | null {
  const lines = text.split('\n');
  let flow = 0;
  const indents: number[] = [];
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!;
    const content = /^([ -]*)(.*)$/.exec(line)!;
    if (flow === 0 && content[2] !== '' && !content[2]!.startsWith('#')) {
      // Block nesting: each "- " counts as a level, as does each deeper indentation.
      const indent = content[1]!.length;
      while (indents.length > 0 && indents.at(-1)! >= indent) indents.pop();
      const dashes = (content[1]!.match(/-(?= |$)/g) ?? []).length;
      indents.push(indent);
      if (indents.length + dashes > MAX_YAML_DEPTH) return { line: firstLine + n, column: 1 };
    }
    for (let c = 0; c < line.length; c++) {
      const ch = line[c];
      if (ch === '[' || ch === '{') {
        flow++;
        if (flow + indents.length > MAX_YAML_DEPTH) return { line: firstLine + n, column: c + 1 };
      } else if ((ch === ']' || ch === '}') && flow > 0) flow--;
      else if (ch === '#' && (c === 0 || line[c - 1] === ' ')) break;
    }
  }
  return null;
}

/**
 * A data file whose top level has the wrong shape, in an editor's words (the schema's own message, "expected
 * object, received array", says nothing of what the file should look like), or null.
 */
export function shapeProblem(text: string, shape: 'list' | 'keys', example: string): { error: string; line: number; column: number } | null {
  // The first line that is not blank, a comment or a document marker says the shape: "- " a list, "key:" keys.
  const lines = text.split('\n');
  const n = lines.findIndex((l) => l.trim() !== '' && !/^\s*#/.test(l) && !/^(?:---|\.\.\.)\s*$/.test(l));
  if (n < 0) return null;
  const first = lines[n]!.trimStart();
  const isList = /^-(?:\s|$)/.test(first) || first.startsWith('[');
  const isKeys = !isList && (/^[^\s#'"[{][^:]*:(?:\s|$)/.test(first) || /^["'][^"']*["']\s*:(?:\s|$)/.test(first) || first.startsWith('{'));
  if ((shape === 'list' && isList) || (shape === 'keys' && isKeys) || (!isList && !isKeys)) return null;
  const holds = isList ? 'a list (lines starting "- ")' : 'a group of `key: value` lines';
  const wants = shape === 'list' ? `a list of entries, each starting "- " (${example})` : `\`key: value\` lines at the top (${example})`;
  return { error: `this file must hold ${wants}, but it holds ${holds}: see CONTRIBUTING.md for its form`, line: n + 1, column: lines[n]!.length - first.length + 1 };
}
