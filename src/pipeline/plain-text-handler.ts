// A faster `text` handler for mdast-util-to-markdown with the same output. The library checks every text
// node against about sixty "unsafe" patterns, which was most of the cost of emitting an article. Text made
// only of letters, digits, spaces and ordinary punctuation can match none of them: the characters that
// patterns escape anywhere (`*_[]<>{}&\`…) are absent, and the ones they escape only right after a line
// ending (`-`, `+`, `#`, digits of a list item, "import"/"export", a space) or after a `]` (`(`) or before
// a line ending (a space) are checked against the characters the library says surround the node. Such text
// is returned as it is; anything else goes through the library's own handler. A property test holds the
// two to the same output.
import { defaultHandlers, type Handle } from 'mdast-util-to-markdown';
import type { Text } from 'mdast';

const BODY = /^[\p{L}\p{N}\p{M} ,;:?'"’‘“”—–…%$€£/.()@-]*$/u;
/** Characters that start list, heading, block-quote or ESM syntax at the start of a line. */
const BREAK_SYNTAX = /^[#*+\-<=>[_`~{0-9]/;
const ESM = /^(?:import|export)\b/;

export const plainText: Handle = (node: Text, parent, state, info) => {
  const value = node.value;
  if (value !== '' && BODY.test(value) && safeStart(value, info.before) && safeEnd(value, info.after)) return value;
  return defaultHandlers.text(node, parent, state, info);
};

/** `before` is what the library knows precedes the node: syntax can start only right after a line ending. */
function safeStart(value: string, before: string): boolean {
  if (/[\r\n][\t ]*$/.test(before)) return !BREAK_SYNTAX.test(value) && !ESM.test(value) && !value.startsWith(' ');
  // `(` right after `]` would make a link.
  return !(before.endsWith(']') && value.startsWith('('));
}

/** A space right before a line ending is escaped. */
function safeEnd(value: string, after: string): boolean {
  return !value.endsWith(' ') || !/^[\r\n]/.test(after);
}
