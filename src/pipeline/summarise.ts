// An extractive summary of one to three sentences from the lead: whole sentences, never cut mid-sentence,
// stopping once the summary says enough (about 300 characters). An editor's summary wins.
import { splitSentences } from './split-sentences.ts';
import { SENTENCE_END, wordCount } from './line-kinds.ts';
import type { Draft } from './types.ts';

const TARGET = 300;

export function summarise(draft: Draft): void {
  if (draft.editor.summary) {
    draft.summary = draft.editor.summary;
    return;
  }
  const chosen: string[] = [];
  let length = 0;
  for (const block of draft.blocks) {
    if (block.kind !== 'paragraph') continue;
    for (const sentence of splitSentences(block.text)) {
      // A subheading ("The Shahed-136") says nothing on its own.
      if (isSubheading(sentence.text)) continue;
      if (chosen.length > 0 && length + sentence.text.length > TARGET * 1.5) break;
      chosen.push(sentence.text);
      length += sentence.text.length;
      if (length >= TARGET || chosen.length === 3) break;
    }
    if (length >= TARGET * 0.5 || chosen.length === 3) break;
  }
  // Only short lines: the first of them is better than nothing.
  if (chosen.length === 0) {
    const first = draft.blocks.find((b) => b.kind === 'paragraph');
    if (first) chosen.push(splitSentences(first.text)[0]?.text ?? '');
  }
  draft.summary = chosen.join(' ');
}

function isSubheading(text: string): boolean {
  return wordCount(text) <= 8 && !SENTENCE_END.test(text.trim());
}
