// A title for an article that has none: the lead sentence, cut at a clause boundary to at most 120
// characters, without trailing punctuation. An editor's front-matter title always wins.
import { splitSentences } from './split-sentences.ts';
import type { Draft } from './types.ts';

export const MAX_TITLE = 120;

export function extractTitle(draft: Draft): void {
  if (draft.editor.title) {
    draft.title = draft.editor.title;
    return;
  }
  const lead = draft.blocks.find((b) => b.kind === 'paragraph') ?? draft.blocks[0];
  const sentence = lead ? (splitSentences(lead.text)[0]?.text ?? lead.text) : '';
  draft.title = sentence ? titleFrom(sentence) : untitled(draft.sourceFile);
}

export function titleFrom(sentence: string): string {
  let title = sentence.trim();
  if (title.length > MAX_TITLE) {
    const cut = clauseCut(title);
    title = cut ?? wordCut(title);
  }
  return tidy(title);
}

/** The longest prefix ≤ MAX_TITLE that ends at a clause boundary: a comma, colon, dash or "saying"/"that". */
function clauseCut(text: string): string | null {
  const boundary = /(?:[,;:]\s|\s[—–-]\s|\s(?:saying|as|after|while|amid|that|which|who|when|because)\s)/gu;
  let best: number | null = null;
  for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
    if (m.index > MAX_TITLE) break;
    if (m.index >= 40) best = m.index;
  }
  return best === null ? null : text.slice(0, best);
}

function wordCut(text: string): string {
  const slice = text.slice(0, MAX_TITLE + 1);
  const space = slice.lastIndexOf(' ');
  return (space > 40 ? slice.slice(0, space) : slice.slice(0, MAX_TITLE)).trim();
}

function tidy(title: string): string {
  let t = title.replace(/\s+/g, ' ').trim().replace(/[\s,;:.!?…—–-]+$/u, '');
  // Balance a quotation mark the cut left open.
  if ((t.match(/“/g)?.length ?? 0) > (t.match(/”/g)?.length ?? 0)) t = t.replace(/“(?!.*“)/u, '');
  if ((t.match(/"/g)?.length ?? 0) % 2 === 1) t = t.replace(/"(?!.*")/u, '');
  return t.slice(0, MAX_TITLE).trim() || 'Untitled';
}

function untitled(sourceFile: string): string {
  const base = sourceFile.split('/').pop() ?? sourceFile;
  return `Untitled (${base})`.slice(0, MAX_TITLE);
}
