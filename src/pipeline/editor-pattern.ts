// Regular expressions written by editors (content/boilerplate.yaml) run on re2js, the JavaScript port of
// Google's RE2: matching takes time linear in the text whatever the pattern, so a catastrophic pattern such as
// `.*(a+)+$` cannot hang ingest or check the way it hangs a backtracking engine (V8's RegExp). Chosen over
// the `re2` native bindings (a compiled add-on per platform, install scripts) and over ReDoS checkers such as
// safe-regex (heuristics that miss cases): pure JavaScript, no dependencies, MIT, actively released. RE2 has
// no backreferences nor lookaround; a pattern using them is refused with a positioned error, like any pattern
// that does not compile.
import { RE2JS } from 're2js';
import type { VFile } from 'vfile';
import { locateYaml } from './parse-yaml.ts';
import type { BoilerplateFile } from '../schema/knowledge.ts';

export interface EditorPattern {
  /** True when the pattern matches somewhere in `text` (or the whole of it, for an anchored pattern). */
  test(text: string): boolean;
  /** The match that starts at the beginning of `text`, or null. */
  prefix(text: string): string | null;
}

/** Compiled patterns by source: re2js compiles slowly (~15 ms a pattern), and every load of the knowledge asks again. */
const compiled = new Map<string, RE2JS | PatternError>();

/** Compiles case-insensitively; `whole` anchors the pattern to the whole text. Throws PatternError. */
export function compileEditorPattern(source: string, whole: boolean): EditorPattern {
  let re = compiled.get(source);
  if (re === undefined) {
    re = compileOnce(source);
    compiled.set(source, re);
  }
  if (re instanceof PatternError) throw re;
  const matcher = re;
  return {
    // testExact runs RE2's anchored match on the whole text: the fastest of re2js's entry points.
    test: whole ? (text) => matcher.testExact(text) : (text) => matcher.test(text),
    prefix: (text) => {
      const m = matcher.matcher(text);
      return m.lookingAt() ? m.group() : null;
    },
  };
}

function compileOnce(source: string): RE2JS | PatternError {
  try {
    // Compiled alone first, so that a stray ")" cannot close the group around it ("a)|(b").
    RE2JS.compile(source);
    return RE2JS.compile(`(?:${source})`, RE2JS.CASE_INSENSITIVE);
  } catch (error) {
    return new PatternError(patternReason(error));
  }
}

export class PatternError extends Error {}

/** Why `source` cannot be used, in an editor's words, or null when it compiles. */
export function patternProblem(source: string): string | null {
  try {
    compileEditorPattern(source, false);
    return null;
  } catch (error) {
    return (error as Error).message;
  }
}

function patternReason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const why = message.replace(/^error parsing regexp: /, '').replace(/`\(\?i\)/g, '`');
  if (/\(\?[=!<]|\\[1-9]/.test(why) || /invalid or unsupported Perl syntax|invalid escape sequence: `\\[1-9]/.test(why)) {
    return `it uses lookaround or a backreference, which Sitrep's linear-time matcher (RE2) does not run (${why}): rewrite it without them`;
  }
  return why;
}

export const PATTERN_GROUPS = ['lines', 'prefixes', 'trailing', 'listHeadings'] as const;

/**
 * The boilerplate rules whose patterns compile; each that does not is an error on `file` at its `pattern`
 * value (the same message `npm run check` prints), so a bad pattern is a positioned error on the file that
 * holds it instead of an "internal error" on every article.
 */
export function usableRules(file: VFile, text: string, data: BoilerplateFile): BoilerplateFile {
  const located = locateYaml({ text, line: 1 });
  const out = { ...data };
  for (const group of PATTERN_GROUPS) {
    out[group] = data[group].filter((rule, index) => {
      const problem = patternProblem(rule.pattern);
      if (problem === null) return true;
      const reason = patternMessage(problem);
      const place = located.place([group, index, 'pattern']);
      if (!file.messages.some((m) => m.reason === reason && m.line === place.line && m.column === place.column)) {
        file.message(reason, { place, ruleId: 'bad-pattern', source: 'sitrep' }).fatal = true;
      }
      return false;
    });
  }
  return out;
}

export function patternMessage(problem: string): string {
  return `"pattern" is not a valid regular expression (${problem}): correct it, or escape the character with \\`;
}
