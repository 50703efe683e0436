// Groups the cleaned lines into blocks: paragraphs and image captions. Lines of a paragraph hard-wrapped at a
// fixed width are joined; so is a line that stops mid-sentence before one starting in lowercase. A caption
// is a line with a photo credit ("(Photo: Reuters)", "file photo", "/AFP"), a caption label, an AP-style
// "…, Odesa, Ukraine, Thursday." picture line, or a short line without closing punctuation between
// paragraphs. An editor's Markdown arrives already reduced to one line per block by parse-markdown, which
// lists where blocks start.
import { SENTENCE_END, wordCount, wrapWidth } from './line-kinds.ts';
import type { Block, Draft } from './types.ts';

const PHOTO_CREDIT =
  /\((?:photo|image|picture|file|credit|courtesy|AP Photo|AFP|Reuters|Getty|EPA)\b[^)]*\)\s*$|\b(?:photo|image|picture|caption)\s*(?:credit)?\s*:|\bfile (?:photo|picture|image)\b|\bvia Getty Images\b|(?:^|\s)(?:AFP|Reuters|AP|EPA|Getty Images)\/\p{Lu}/iu;
/** AP-style captions end with the place and the weekday: "…, in Odesa, Ukraine, Thursday." */
const PICTURE_DAY = /,\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:,\s+\p{Lu}\p{Ll}+\.?\s+\d{1,2}(?:,\s+\d{4})?)?\.$/u;

export function segmentBlocks(draft: Draft): void {
  const blockStarts = new Set(draft.markdown?.blockStarts ?? []);
  const width = draft.markdown ? null : wrapWidth(draft.lines);
  const blocks: Block[] = [];
  let current: { texts: string[]; line: number; caption?: boolean } | null = null;
  const flush = (): void => {
    if (current) blocks.push({ kind: current.caption ? 'caption' : 'paragraph', text: current.texts.join(' '), line: current.line, spans: [] });
    current = null;
  };

  for (const { text, line, caption } of draft.lines) {
    if (text === '') {
      flush();
      continue;
    }
    const startsBlock = blockStarts.has(line);
    if (current && !current.caption && !caption && !startsBlock && continues(current.texts[current.texts.length - 1]!, text, width)) {
      current.texts.push(text);
      continue;
    }
    flush();
    current = { texts: [text], line, caption };
    // A caption split from its credit stands alone.
    if (caption) flush();
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
