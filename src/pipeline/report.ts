// Prints messages one per line, sorted by file and position, as editors' tools do:
//   path:line:column message            (an error)
//   path:line:column warning: message   (a warning)
// A message quotes untrusted text (a file name, a YAML key, a pattern): its control characters, line breaks
// and bidi controls are printed as escapes, so one message is one line and nothing in it can start a line of
// its own (a line `::error …` is a command to GitHub Actions) or reorder what a reader sees.
import type { VFile } from 'vfile';

export function formatMessages(files: VFile[]): string[] {
  const lines: string[] = [];
  const sorted = [...files].sort((a, b) => (a.path ?? '').localeCompare(b.path ?? ''));
  for (const file of sorted) {
    const messages = [...file.messages].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
    for (const m of messages) {
      lines.push(`${escapeControls(file.path ?? '')}:${m.line ?? 1}:${m.column ?? 1} ${m.fatal ? '' : 'warning: '}${escapeControls(m.reason)}`);
    }
  }
  return lines;
}

/** Control characters, line and paragraph separators and bidi controls as \n, \t, \u{…} escapes. */
export function escapeControls(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (c) => {
    if (c === '\n') return '\\n';
    if (c === '\t') return '\\t';
    if (c === '\r') return '\\r';
    return `\\u{${c.codePointAt(0)!.toString(16).toUpperCase()}}`;
  });
}
