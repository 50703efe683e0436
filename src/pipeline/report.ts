// Prints messages one per line, sorted by file and position, as editors' tools do:
//   path:line:column message            (an error)
//   path:line:column warning: message   (a warning)
import type { VFile } from 'vfile';

export function formatMessages(files: VFile[]): string[] {
  const lines: string[] = [];
  const sorted = [...files].sort((a, b) => (a.path ?? '').localeCompare(b.path ?? ''));
  for (const file of sorted) {
    const messages = [...file.messages].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
    for (const m of messages) {
      lines.push(`${file.path}:${m.line ?? 1}:${m.column ?? 1} ${m.fatal ? '' : 'warning: '}${m.reason}`);
    }
  }
  return lines;
}
