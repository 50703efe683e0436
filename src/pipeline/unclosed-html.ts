// CommonMark's HTML blocks of kinds 1 to 5 (<script>, <pre>, <style>, <textarea>; <!-- comments; <?…?>
// processing instructions; <!DECLARATIONS>; <![CDATA[…]]>) run until their end marker, and with none, to
// the end of the document: one unclosed `<!--` would hide every later paragraph. Found here, before the
// Markdown parser: an opener whose end marker never follows is escaped (a backslash before its `<`), so it
// shows as text and the paragraphs after it stay paragraphs, and a warning points at it.
import { fenceTracker } from './code-fences.ts';
export interface UnclosedHtml {
  line: number;
  column: number;
  opener: string;
  closer: string;
}

const STARTS: Array<{ open: RegExp; close: (m: RegExpExecArray) => RegExp; label: (m: RegExpExecArray) => string; closer: (m: RegExpExecArray) => string }> = [
  { open: /^<(script|pre|style|textarea)(?=[\s>]|$)/i, close: (m) => new RegExp(`</${m[1]}>`, 'i'), label: (m) => `<${m[1]!.toLowerCase()}>`, closer: (m) => `</${m[1]!.toLowerCase()}>` },
  { open: /^<!--/, close: () => /-->/, label: () => '<!--', closer: () => '-->' },
  { open: /^<\?/, close: () => /\?>/, label: () => '<?', closer: () => '?>' },
  { open: /^<!\[CDATA\[/, close: () => /\]\]>/, label: () => '<![CDATA[', closer: () => ']]>' },
  { open: /^<![A-Za-z]/, close: () => />/, label: () => '<!', closer: () => '>' },
];
/** Up to three spaces, then any quotation marks and list markers: where a block may start. */
const PREFIX = /^(?: {0,3}(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t]))[ \t]?)* {0,3}/;

/** Finds the unclosed openers and returns the text with each escaped (columns after it shift by one). */
export function escapeUnclosedHtml(text: string): { text: string; unclosed: UnclosedHtml[] } {
  const lines = text.split('\n');
  const unclosed: UnclosedHtml[] = [];
  const inFence = fenceTracker();
  // Where each end marker last occurs (a line index), computed lazily once per marker: the scan stays linear.
  const lastLine = new Map<string, number>();
  const lastOf = (re: RegExp): number => {
    const key = re.source + re.flags;
    if (!lastLine.has(key)) {
      let found = -1;
      for (let k = lines.length - 1; k >= 0 && found < 0; k--) if (re.test(lines[k]!)) found = k;
      lastLine.set(key, found);
    }
    return lastLine.get(key)!;
  };
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!;
    if (inFence(line)) continue;
    const at = PREFIX.exec(line)![0].length;
    const rest = line.slice(at);
    for (const start of STARTS) {
      const m = start.open.exec(rest);
      if (!m) continue;
      const close = start.close(m);
      // The end marker may close the block on its own line (after the opener) or on any later one.
      if (!close.test(rest.slice(m[0].length))) {
        const last = lastOf(close);
        if (last > n) {
          n = lines.slice(n + 1, last + 1).findIndex((l) => close.test(l)) + n + 1;
          break;
        }
        unclosed.push({ line: n + 1, column: at + 1, opener: start.label(m), closer: start.closer(m) });
        lines[n] = `${line.slice(0, at)}\\${line.slice(at)}`;
      }
      break;
    }
  }
  return { text: lines.join('\n'), unclosed };
}
