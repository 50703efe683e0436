// Walks back from the end of a raw page over its closing furniture: a run of two or more short lines without
// sentence punctuation (navigation, programme lists, site sections) is removed and recorded. It stops at the
// first line of prose, so a closing sentence or a lone short sign-off stays. An editor's Markdown keeps its end.
import type { Knowledge } from './load-knowledge.ts';
import { compileEditorPattern, type EditorPattern } from './editor-pattern.ts';
import type { Draft } from './types.ts';

const cache = new WeakMap<Knowledge, EditorPattern[]>();

function rules(knowledge: Knowledge): EditorPattern[] {
  let list = cache.get(knowledge);
  if (!list) {
    list = knowledge.boilerplate.trailing.map((r) => compileEditorPattern(r.pattern, true));
    cache.set(knowledge, list);
  }
  return list;
}

export function removeTrailing(draft: Draft, knowledge: Knowledge): void {
  // An editor's Markdown ends where the editor ended it: a closing list is the editor's text, not furniture.
  if (draft.markdown === undefined) cutTrailingList(draft, knowledge);
  // Every cleaning step has run: the record reads in the order of the source.
  draft.removed.sort((a, b) => a.line - b.line);
}

function cutTrailingList(draft: Draft, knowledge: Knowledge): void {
  const kept = draft.lines;
  while (kept.length > 0 && kept[kept.length - 1]!.text === '') kept.pop();
  const trailing: Array<{ text: string; line: number }> = [];
  for (let i = kept.length - 1; i >= 0; i--) {
    const entry = kept[i]!;
    if (entry.text === '') continue;
    if (!rules(knowledge).some((r) => r.test(entry.text))) break;
    trailing.push(entry);
  }
  // A lone short line may be a sign-off or caption; only a run of them (or one after removed prompts) is a list.
  const lastRemoved = draft.removed.reduce((max, r) => Math.max(max, r.line), 0);
  const runIsList = trailing.length >= 2 || (trailing.length === 1 && lastRemoved > trailing[0]!.line);
  if (runIsList) {
    const cut = new Set(trailing.map((t) => t.line));
    for (const t of trailing) draft.removed.push({ text: t.text, rule: 'navigation', line: t.line });
    draft.lines = kept.filter((l) => !cut.has(l.line));
  }
}
