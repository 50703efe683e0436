// Turns the formatting marks parse-markdown left in an editor's text into emphasis, strong and link spans
// on each block, and removes the marks from every text the later transforms read. Runs right after
// segment-blocks; a no-op for raw text files.
import { readMark, stripMarks } from './format-marks.ts';
import type { Block, Draft, Span } from './types.ts';

export function applyFormatting(draft: Draft): void {
  const markdown = draft.markdown;
  if (!markdown) return;
  for (const block of draft.blocks) formatBlock(block, markdown.links);
  draft.lines = draft.lines.map((l) => ({ ...l, text: stripMarks(l.text) }));
  draft.removed = draft.removed.map((r) => ({ ...r, text: stripMarks(r.text) }));
}

type Open = { kind: 'emphasis' | 'strong' | 'link'; start: number; href?: string };

function formatBlock(block: Block, links: string[]): void {
  let text = '';
  const open: Open[] = [];
  const spans: Span[] = [];
  for (const char of block.text) {
    const mark = readMark(char);
    if (!mark) {
      text += char;
      continue;
    }
    if (mark.type === 'open') {
      open.push({ kind: mark.kind, start: text.length, ...(mark.kind === 'link' ? { href: links[mark.link] } : {}) });
      continue;
    }
    const at = open.map((o) => o.kind).lastIndexOf(mark.kind);
    if (at < 0) continue;
    const [opened] = open.splice(at, 1);
    const span = spanOf(opened!, text.length);
    if (span) spans.push(span);
  }
  // Marks of text the cleaner trimmed may leave a span touching only whitespace at an edge: trim it.
  const trimmed = text.trim();
  const shift = text.length - text.trimStart().length;
  block.text = trimmed;
  block.spans.push(
    ...outermost(
      spans
        .map((s) => ({ ...s, start: Math.max(0, s.start - shift), end: Math.min(trimmed.length, s.end - shift) }))
        .filter((s) => s.end > s.start && trimmed.slice(s.start, s.end).trim() !== ''),
    ),
  );
}

/**
 * Drops a span inside another of its kind: emphasis within emphasis reads the same, and a link cannot hold a
 * link. This bounds the nesting at one level per kind, whatever the editor wrote (2,000 nested <em> made the
 * MDX serialiser's work explode). One sweep in start order, so the cost is n log n.
 */
function outermost(spans: Span[]): Span[] {
  const reach = new Map<Span['kind'], number>();
  return [...spans]
    .sort((a, b) => a.start - b.start || b.end - a.end)
    .filter((s) => {
      if ((reach.get(s.kind) ?? -1) >= s.end) return false;
      reach.set(s.kind, Math.max(reach.get(s.kind) ?? -1, s.end));
      return true;
    });
}

function spanOf(open: Open, end: number): Span | null {
  if (open.kind === 'link') return open.href ? { kind: 'link', start: open.start, end, href: open.href } : null;
  return open.kind === 'emphasis' ? { kind: 'emphasis', start: open.start, end } : { kind: 'strong', start: open.start, end };
}
