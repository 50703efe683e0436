// Inline formatting of an editor's Markdown travels from parse-markdown to apply-formatting as marks in the
// text: characters of Unicode's private-use area, which no article contains (parse-markdown removes any), so
// the line-based cleaning and segmenting in between carry them untouched. apply-formatting turns them into
// spans. A mark left unmatched (its partner removed with a boilerplate line) is dropped.

export const MARK = {
  emphasisOpen: '\ue000',
  emphasisClose: '\ue001',
  strongOpen: '\ue002',
  strongClose: '\ue003',
  linkClose: '\ue004',
} as const;

/** A link opens with its own character, so that its URL survives any line being removed: U+E100 + index. */
const LINK_BASE = 0xe100;
export const MAX_LINKS = 0x700;

export function linkOpen(index: number): string {
  return String.fromCharCode(LINK_BASE + index);
}

const PRIVATE_USE = /[\ue000-\ue7ff]/gu;

export function stripMarks(text: string): string {
  return text.replace(PRIVATE_USE, '');
}

export type Mark =
  | { type: 'open'; kind: 'emphasis' | 'strong' }
  | { type: 'open'; kind: 'link'; link: number }
  | { type: 'close'; kind: 'emphasis' | 'strong' | 'link' };

export function readMark(char: string): Mark | null {
  const code = char.charCodeAt(0);
  if (char === MARK.emphasisOpen) return { type: 'open', kind: 'emphasis' };
  if (char === MARK.emphasisClose) return { type: 'close', kind: 'emphasis' };
  if (char === MARK.strongOpen) return { type: 'open', kind: 'strong' };
  if (char === MARK.strongClose) return { type: 'close', kind: 'strong' };
  if (char === MARK.linkClose) return { type: 'close', kind: 'link' };
  if (code >= LINK_BASE && code < LINK_BASE + MAX_LINKS) return { type: 'open', kind: 'link', link: code - LINK_BASE };
  return null;
}
