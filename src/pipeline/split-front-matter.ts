// Separates a leading YAML front-matter block ("---" lines) from the body with gray-matter, keeping line
// numbers known. gray-matter's YAML engine is the `yaml` package (the project's one YAML library, whose
// positions parse-yaml reports), not the js-yaml 3 it ships with. An options object is always passed: without
// one gray-matter caches every text it has split, which holds a whole corpus in memory.
import matter from 'gray-matter';
import { parse, stringify } from 'yaml';

export interface FrontMatterSplit {
  /** The YAML between the fences, or null when the text has no front-matter. */
  yaml: string | null;
  /** The YAML read as data by gray-matter's engine; null when there is none or it is invalid (parse-yaml reports why). */
  data: Record<string, unknown> | null;
  body: string;
  /** 1-based line of the file on which `body` starts. */
  bodyLine: number;
  /** True when the text opens a front-matter fence that is never closed (the whole text is then the body). */
  unclosed?: boolean;
}

const OPEN = /^---[ \t]*\r?\n/;
const CLOSE = /\n---[ \t]*(?:\r?\n|$)/;

/** Core schema, as the generated front-matter is written: no YAML 1.1 surprises (`no` as false, sexagesimals). */
const ENGINE = {
  parse: (text: string): object => {
    const value: unknown = parse(text.replace(/\r\n?/g, '\n'), { schema: 'core' });
    return value !== null && typeof value === 'object' ? value : {};
  },
  stringify: (data: object): string => stringify(data),
};

export function splitFrontMatter(text: string): FrontMatterSplit {
  // gray-matter reads "---x" as a language tag and any "\n---" as the close; the contract's fences are whole
  // lines, so the fences are found here and gray-matter splits and reads only a text that has both.
  const open = OPEN.exec(text);
  if (!open) return { yaml: null, data: null, body: text, bodyLine: 1, unclosed: /^---[ \t]*$/.test(text) };
  const close = CLOSE.exec(text.slice(open[0].length - 1));
  if (!close) return { yaml: null, data: null, body: text, bodyLine: 1, unclosed: true };
  let file: matter.GrayMatterFile<string>;
  let data: Record<string, unknown> | null;
  try {
    file = matter(text, { language: 'yaml', engines: { yaml: ENGINE } });
    data = file.data;
  } catch {
    // Invalid YAML: split without reading it, so that parse-yaml can say where and why.
    file = matter(text, { language: 'yaml', engines: { yaml: { parse: () => ({}), stringify: ENGINE.stringify } } });
    data = null;
  }
  const bodyStart = open[0].length - 1 + close.index + close[0].length;
  // gray-matter leaves the blanks after a closing "--- " at the body's start; the fence line is not body.
  const body = file.content.length === text.length - bodyStart ? file.content : text.slice(bodyStart);
  const yaml = text.slice(open[0].length, Math.max(open[0].length, open[0].length - 1 + close.index)).replace(/\r$/, '');
  return { yaml, data, body, bodyLine: countLines(text.slice(0, bodyStart)) + 1 };
}

function countLines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return n;
}
