// YAML parsed with positions, validated by a zod schema, problems reported on the vfile at the offending
// node, each with the fix. Used for editors' front-matter and for everything under content/, so every error
// reads alike; the checker (src/check) reuses `locateYaml` to point at the ids it cross-references.
import { isMap, isNode, isScalar, LineCounter, parseDocument, visit, type Document } from 'yaml';
import type { VFile } from 'vfile';
import type { z } from 'astro/zod';
import { suggest } from './suggest.ts';

export interface YamlSource {
  /** The YAML text. */
  text: string;
  /** 1-based line in the file where `text` starts (front-matter starts on line 2). */
  line: number;
}

export type Place = { line: number; column: number };
export type YamlPath = ReadonlyArray<string | number>;

export interface LocatedYaml {
  doc: Document;
  /** Position of a value (or, with `key`, of its key) in the file; a missing path points at its parent. */
  place(path: YamlPath, key?: boolean): Place;
  /** Position of a character offset of the YAML text in the file. */
  at(offset: number): Place;
}

export function locateYaml(source: YamlSource): LocatedYaml {
  const counter = new LineCounter();
  const doc = parseDocument(source.text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number): Place => {
    const p = counter.linePos(offset);
    return { line: p.line + source.line - 1, column: p.col };
  };
  return { doc, place: (path, key = false) => placeOf(doc, path, at, key), at };
}

/** Parses and validates; returns the data, or null after reporting every problem on `file`. */
export function parseYaml<S extends z.ZodType>(
  file: VFile,
  source: YamlSource,
  schema: S,
  ruleId = 'schema',
): z.output<S> | null {
  const located = locateYaml(source);
  const { doc } = located;
  if (doc.errors.length > 0) {
    const lines = new Set<number>();
    for (const error of doc.errors) {
      // An unclosed quotation is reported where the text ends; point at the quotation mark that opened it.
      const mark = /closing '/.test(error.message) ? "'" : '"';
      const quote = error.code === 'MISSING_CHAR' ? source.text.lastIndexOf(mark, error.pos[0] - 1) : -1;
      const place = located.at(quote >= 0 ? quote : error.pos[0]);
      // One broken line often yields several parser errors: the first says it.
      if (lines.has(place.line)) continue;
      lines.add(place.line);
      const lineText = source.text.split('\n')[place.line - source.line] ?? '';
      const tab = /^[ ]*\t/.test(lineText);
      report(file, `invalid YAML: ${yamlReason(tab ? 'TAB_AS_INDENT' : error.code, error.message)}`, tab ? { ...place, column: 1 } : place, 'yaml');
    }
    return null;
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 }) ?? {};
  } catch (error) {
    // An alias ("*name") with no anchor ("&name") before it, or aliases nested into a huge value, parse but
    // cannot be read: an error at the first alias, never an exception that stops the whole ingest.
    const reason = error instanceof Error ? firstLine(error.message) : String(error);
    report(file, `invalid YAML: ${reason}: write the value itself, or put it in quotes if "*" or "&" is text`, firstAlias(doc, located), 'yaml');
    return null;
  }
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        report(file, unknownKey(key, keysAt(schema, issue.path)), located.place([...(issue.path as YamlPath), key], true), ruleId);
      }
    } else report(file, describeIssue(issue, data), located.place(issue.path as YamlPath), ruleId);
  }
  return null;
}

function firstAlias(doc: Document, located: LocatedYaml): Place {
  let offset = 0;
  visit(doc, {
    Alias(_key, node) {
      offset = node.range?.[0] ?? 0;
      return visit.BREAK;
    },
  });
  return located.at(offset);
}

function report(file: VFile, reason: string, place: Place, ruleId: string): void {
  file.message(reason, { place, ruleId, source: 'sitrep' }).fatal = true;
}

function placeOf(doc: Document, path: YamlPath, at: (offset: number) => Place, wantKey: boolean): Place {
  if (wantKey && path.length > 0) {
    const parent = path.length === 1 ? doc.contents : doc.getIn(path.slice(0, -1), true);
    if (isMap(parent)) {
      const pair = parent.items.find((p) => isScalar(p.key) && p.key.value === path[path.length - 1]);
      if (pair && isNode(pair.key) && pair.key.range) return at(pair.key.range[0]);
    }
  }
  // Walk down as far as the path exists; an issue about a missing key points at its parent.
  for (let depth = path.length; depth >= 0; depth--) {
    const keys = path.slice(0, depth);
    const node = keys.length === 0 ? doc.contents : doc.getIn(keys, true);
    if (isNode(node) && node.range) return at(node.range[0]);
  }
  return at(0);
}

/** One zod issue in an editor's words, with the fix. */
function unknownKey(key: string, known: string[]): string {
  const guess = suggest(key, known);
  const hint = guess ? `did you mean "${guess}"?` : `the keys allowed here are ${known.map((k) => `"${k}"`).join(', ')}`;
  return `unknown key "${key}": ${hint} (remove it or correct its spelling)`;
}

function describeIssue(issue: z.core.$ZodIssue, data: unknown): string {
  const name = describePath(issue.path);
  const value = valueAt(data, issue.path);
  switch (issue.code) {
    case 'invalid_type': {
      if (value === undefined) return `${name} is missing: add it`;
      if (issue.path.length === 0) return `this must be a list of \`key: value\` lines, not ${kindOf(value)}`;
      return `${name} must be ${expected(issue.expected)}, not ${kindOf(value)}${typeHint(issue.expected, value)}`;
    }
    case 'too_small':
      if (issue.origin === 'string') return `${name} is empty: write a value or delete the line`;
      if (issue.origin === 'array') return `${name} is an empty list: add an item or delete the line`;
      return `${name} must be ${issue.inclusive ? 'at least' : 'more than'} ${String(issue.minimum)}`;
    case 'too_big':
      if (issue.origin === 'string' && typeof value === 'string') {
        return `${name} is ${value.length} characters long; the limit is ${String(issue.maximum)}: shorten it`;
      }
      return `${name} must be at most ${String(issue.maximum)}`;
    case 'invalid_value': {
      const options = issue.values.map(String);
      const guess = typeof value === 'string' ? suggest(value, options) : null;
      return `${name} is ${JSON.stringify(value)}: ${guess ? `did you mean "${guess}"? ` : ''}use one of ${options.join(', ')}`;
    }
    case 'invalid_format':
      return `${name} ${JSON.stringify(value)} is not valid: ${issue.message}`;
    default:
      return `${name}: ${issue.message}`;
  }
}

/** `"title"`, or `"type" of item 3` inside a list (1-based, as an editor counts). */
export function describePath(path: ReadonlyArray<PropertyKey>): string {
  const keys = path.filter((p): p is string => typeof p === 'string');
  const items = path.filter((p): p is number => typeof p === 'number');
  const key = keys.length > 0 ? `"${keys.join('.')}"` : 'this value';
  return items.length > 0 ? `${key} of item ${items.map((i) => i + 1).join('.')}` : key;
}

function valueAt(data: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let at: unknown = data;
  for (const key of path) {
    if (at === null || typeof at !== 'object') return undefined;
    at = (at as Record<PropertyKey, unknown>)[key];
  }
  return at;
}

function kindOf(value: unknown): string {
  if (value === null) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `the text ${JSON.stringify(value)}`;
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return `${value} (a yes/no value)`;
  if (typeof value === 'object') return 'a group of `key: value` lines';
  return typeof value;
}

function expected(type: string): string {
  return (
    { string: 'text', number: 'a number', array: 'a list', object: 'a group of `key: value` lines', boolean: 'true or false' }[type] ??
    type
  );
}

function typeHint(type: string, value: unknown): string {
  if (type === 'array' && typeof value === 'string') return `: write [${value}]`;
  if (type === 'string' && (typeof value === 'number' || typeof value === 'boolean')) return `: put it in quotes, "${String(value)}"`;
  if (type === 'string' && value === null) return ': write a value after the colon or delete the line';
  return '';
}

function yamlReason(code: string, message: string): string {
  const fix: Record<string, string> = {
    DUPLICATE_KEY: 'this key appears twice: keep one of the two lines',
    TAB_AS_INDENT: 'a tab indents this line: indent with spaces',
    MISSING_CHAR: /closing .?quote/i.test(message)
      ? 'a quotation mark opened here is never closed: add the closing quotation mark'
      : `${firstLine(message).toLowerCase()}`,
    BAD_INDENT: `${firstLine(message).toLowerCase()}: check the indentation and the closing bracket`,
    BLOCK_AS_IMPLICIT_KEY: 'a value holds a colon followed by a space: put the value in quotes',
    MULTILINE_IMPLICIT_KEY: 'a line is indented under a value: indent only list items and nested keys, or put the value in quotes',
  };
  return fix[code] ?? `${firstLine(message)} (check the indentation, colons and quotation marks of this line)`;
}

/** Keys an object schema allows at `path` (through lists, optional and default wrappers). */
function keysAt(schema: z.ZodType, path: ReadonlyArray<PropertyKey>): string[] {
  let node = unwrap(schema);
  for (const key of path) {
    const def = defOf(node);
    if (def.type === 'array' && def.element) node = unwrap(def.element);
    else if (def.type === 'object' && def.shape && typeof key === 'string' && def.shape[key]) node = unwrap(def.shape[key]);
    else if (def.type === 'record' && def.valueType) node = unwrap(def.valueType);
    else return [];
  }
  const def = defOf(node);
  return def.type === 'object' && def.shape ? Object.keys(def.shape) : [];
}

interface LooseDef {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  valueType?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
}

function defOf(schema: z.ZodType): LooseDef {
  return (schema as unknown as { _zod: { def: LooseDef } })._zod.def;
}

function unwrap(schema: z.ZodType): z.ZodType {
  let node = schema;
  for (let def = defOf(node); def.innerType || (def.type === 'pipe' && def.in); def = defOf(node)) {
    node = def.innerType ?? def.in!;
  }
  return node;
}

function firstLine(text: string): string {
  return text.split('\n')[0] ?? text;
}
