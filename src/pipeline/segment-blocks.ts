// Groups the cleaned lines into blocks: paragraphs (hard-wrapped lines joined) and image captions (a short
// line without closing punctuation between paragraphs of prose). An editor's Markdown arrives already reduced
// to one line per block by parse-markdown, which lists where blocks start.
import type { Block, Draft } from './types.ts';

const SENTENCE_END = /[.!?…:;"'”’)\]]$/u;

export function segmentBlocks(draft: Draft): void {
  const blockStarts = new Set(draft.markdown?.blockStarts ?? []);
  const blocks: Block[] = [];
  let current: { texts: string[]; line: number } | null = null;
  const flush = (): void => {
    if (current) blocks.push({ kind: 'paragraph', text: current.texts.join(' '), line: current.line, spans: [] });
    current = null;
  };

  for (const { text, line } of draft.lines) {
    if (text === '') {
      flush();
      continue;
    }
    const startsBlock = blockStarts.has(line);
    if (current && !startsBlock && continuesLine(current.texts[current.texts.length - 1]!, text)) {
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

/** A hard-wrapped line continues when the previous line stops mid-sentence and this one starts lowercase. */
function continuesLine(previous: string, next: string): boolean {
  return !SENTENCE_END.test(previous) && /^[\p{Ll}\d(,]/u.test(next);
}

function markCaptions(blocks: Block[]): void {
  blocks.forEach((block, i) => {
    const words = block.text.split(/\s+/).length;
    const between = i > 0 && i < blocks.length - 1;
    if (between && words >= 3 && words <= 30 && !SENTENCE_END.test(block.text) && !/^["“]/.test(block.text)) {
      block.kind = 'caption';
    }
  });
}
