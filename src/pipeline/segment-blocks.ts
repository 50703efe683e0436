// Groups the cleaned lines into blocks: paragraphs and image captions. Lines of a paragraph hard-wrapped at a
// fixed width are joined; so is a line that stops mid-sentence before one starting in lowercase. A caption
// is a line with a photo credit ("(Photo: Reuters)", "file photo", "/AFP"), a caption label, an AP-style
// "…, Odesa, Ukraine, Thursday." picture line, or a short line without closing punctuation between
// paragraphs. Markdown syntax of an editor's file is reduced to its text here: the body is rebuilt by
// emit-mdx, so no markup can pass through unescaped.
import { SENTENCE_END, wordCount, wrapWidth } from './line-kinds.ts';
import type { Block, Draft } from './types.ts';

/** Markdown block markers at a line start: headings, quotes, list bullets and numbers. */
const MARKDOWN_MARKER = /^(?:#{1,6}\s+|>\s?|[-*+]\s+|\d{1,3}[.)]\s+)/;
const PHOTO_CREDIT =
  /\((?:photo|image|picture|file|credit|courtesy|AP Photo|AFP|Reuters|Getty|EPA)\b[^)]*\)\s*$|\b(?:photo|image|picture|caption)\s*(?:credit)?\s*:|\bfile (?:photo|picture|image)\b|\bvia Getty Images\b|(?:^|\s)(?:AFP|Reuters|AP|EPA|Getty Images)\/\p{Lu}/iu;
/** AP-style captions end with the place and the weekday: "…, in Odesa, Ukraine, Thursday." */
const PICTURE_DAY = /,\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:,\s+\p{Lu}\p{Ll}+\.?\s+\d{1,2}(?:,\s+\d{4})?)?\.$/u;

export function segmentBlocks(draft: Draft): void {
  const markdown = draft.sourceFile.endsWith('.md');
  const width = markdown ? null : wrapWidth(draft.lines);
  const blocks: Block[] = [];
  let current: { texts: string[]; line: number } | null = null;
  const flush = (): void => {
    if (current) blocks.push({ kind: 'paragraph', text: current.texts.join(' '), line: current.line, spans: [] });
    current = null;
  };

  for (const { text: raw, line } of draft.lines) {
    if (raw === '') {
      flush();
      continue;
    }
    const text = markdown ? stripMarkdown(raw) : raw;
    if (text === '') continue;
    const startsBlock = markdown && MARKDOWN_MARKER.test(raw);
    if (current && !startsBlock && continues(current.texts[current.texts.length - 1]!, text, width)) {
      current.texts.push(text);
      continue;
    }
    flush();
    current = { texts: [text], line };
  }
  flush();
  markCaptions(blocks);
  draft.blocks = blocks;
}

/**
 * Whether `next` continues the paragraph of `previous`. In a hard-wrapped file a line continues unless the
 * previous one ended a sentence well short of the width; elsewhere only a line stopping mid-sentence before
 * a lowercase start continues.
 */
function continues(previous: string, next: string, width: number | null): boolean {
  if (width !== null) return !(SENTENCE_END.test(previous) && previous.length < width * 0.75);
  return !SENTENCE_END.test(previous) && /^[\p{Ll}\d(,]/u.test(next);
}

function markCaptions(blocks: Block[]): void {
  blocks.forEach((block, i) => {
    const words = wordCount(block.text);
    const between = i > 0 && i < blocks.length - 1;
    const short = between && words >= 3 && words <= 30 && !SENTENCE_END.test(block.text) && !/^["“]/.test(block.text);
    const credited = words <= 60 && PHOTO_CREDIT.test(block.text);
    const pictureDay = words <= 40 && PICTURE_DAY.test(block.text) && !/["“”]/.test(block.text) && !/[.!?]\s/.test(block.text);
    if (short || credited || pictureDay) block.kind = 'caption';
  });
}

function stripMarkdown(line: string): string {
  return line
    .replace(MARKDOWN_MARKER, '')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__|\*|_|`)(\S(?:.*?\S)?)\1/g, '$2')
    .trim();
}
