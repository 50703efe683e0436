// YAML parsed with positions, validated by a zod schema, problems reported on the vfile at the offending
// node. Used for editors' front-matter and for everything under content/, so every error reads alike.
import { isNode, LineCounter, parseDocument, type Document } from 'yaml';
import type { VFile } from 'vfile';
import type { z } from 'astro/zod';

export interface YamlSource {
  /** The YAML text. */
  text: string;
  /** 1-based line in the file where `text` starts (front-matter starts on line 2). */
  line: number;
}

type Place = { line: number; column: number };

/** Parses and validates; returns the data, or null after reporting every problem on `file`. */
export function parseYaml<S extends z.ZodType>(
  file: VFile,
  source: YamlSource,
  schema: S,
  ruleId = 'schema',
): z.output<S> | null {
  const counter = new LineCounter();
  const doc = parseDocument(source.text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number): Place => {
    const p = counter.linePos(offset);
    return { line: p.line + source.line - 1, column: p.col };
  };
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      file.message(`invalid YAML: ${firstLine(error.message)}`, {
        place: at(error.pos[0]),
        ruleId: 'yaml',
        source: 'sitrep',
      }).fatal = true;
    }
    return null;
  }
  const result = schema.safeParse(doc.toJS() ?? {});
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const message = file.message(describeIssue(issue), {
      place: placeOf(doc, issue.path, at, issue.code === 'unrecognized_keys'),
      ruleId,
      source: 'sitrep',
    });
    message.fatal = true;
  }
  return null;
}

function placeOf(
  doc: Document,
  path: ReadonlyArray<PropertyKey>,
  at: (offset: number) => Place,
  wantKey: boolean,
): Place {
  // Walk down as far as the path exists; an issue about a missing key points at its parent.
  for (let depth = path.length; depth >= 0; depth--) {
    const keys = path.slice(0, depth) as Array<string | number>;
    const node = keys.length === 0 ? doc.contents : doc.getIn(keys, true);
    if (isNode(node) && node.range) return at(node.range[0]);
    if (wantKey && keys.length > 0) break;
  }
  return at(doc.contents && isNode(doc.contents) && doc.contents.range ? doc.contents.range[0] : 0);
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const where = issue.path.length > 0 ? `"${issue.path.join('.')}": ` : '';
  if (issue.code === 'unrecognized_keys') {
    return `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  }
  return `${where}${issue.message}`;
}

function firstLine(text: string): string {
  return text.split('\n')[0] ?? text;
}
