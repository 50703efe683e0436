// Some top-level keys of a generated MDX file's front-matter, without parsing the rest: the annotations are
// most of its bytes, and reading all of it took 15 s for 1,000 articles on a busy machine. The generated
// front-matter is a block mapping, so a top-level entry starts at a line that does not start with a space.
import fs from 'node:fs';
import { parse } from 'yaml';

/** The named keys of the file's front-matter, or null when the file has none. */
export function readFrontMatterKeys<T>(file: string, keys: ReadonlySet<string>): T | null {
  const text = fs.readFileSync(file, 'utf8');
  const end = text.indexOf('\n---\n', 4);
  if (!text.startsWith('---\n') || end < 0) return null;
  const kept: string[] = [];
  let keep = false;
  for (const line of text.slice(4, end).split('\n')) {
    if (!/^[ \t-]/.test(line)) keep = keys.has(line.slice(0, line.indexOf(':')));
    if (keep) kept.push(line);
  }
  return parse(kept.join('\n'), { schema: 'core' }) as T;
}
