// Fenced code blocks (``` or ~~~) hold text that no Markdown rule applies to. The pre-parse scans
// (nesting depth, unclosed HTML) walk lines and must skip them as CommonMark does: a fence closes at a line
// holding only a run of the same marker at least as long as the opening one.
const OPENING = /^ {0,3}(`{3,}|~{3,})/;
const CLOSING = /^ {0,3}(`{3,}|~{3,})[ \t]*$/;

/** Fed one line at a time, in order: says whether the line opens, closes or lies inside a fence. */
export function fenceTracker(): (line: string) => boolean {
  let open: string | null = null;
  return (line) => {
    if (open !== null) {
      const run = CLOSING.exec(line)?.[1];
      if (run && run[0] === open[0] && run.length >= open.length) open = null;
      return true;
    }
    const run = OPENING.exec(line)?.[1];
    if (run) open = run;
    return run !== undefined;
  };
}
