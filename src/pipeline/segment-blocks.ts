// Groups the cleaned lines into blocks: paragraphs (hard-wrapped lines joined) and image captions (a short
// line without closing punctuation between paragraphs of prose). Markdown syntax of an editor's file is
// reduced to its text here: the body is rebuilt by emit-mdx, so no markup can pass through unescaped.
import type { Block, Draft } from './types.ts';

const SENTENCE_END = /[.!?…:;"'”’)\]]$/u;
/** Markdown block markers at a line start: headings, quotes, list bullets and numbers. */
const MARKDOWN_MARKER = /^(?:#{1,6}\s+|>\s?|[-*+]\s+|\d{1,3}[.)]\s+)/;

export function segmentBlocks(draft: Draft): void {
  const markdown = draft.sourceFile.endsWith('.md');
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

function stripMarkdown(line: string): string {
  return line
    .replace(MARKDOWN_MARKER, '')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__|\*|_|`)(\S(?:.*?\S)?)\1/g, '$2')
    .trim();
}
