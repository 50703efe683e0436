// Splits the text into lines and removes what is not the article wherever it stands: rights notices, prompts,
// tag lines, breadcrumbs, teasers of other stories (short lines cut off with "…"), link lists under a
// heading ("Related Articles", "Most Popular"), stray date stamps. Every removed line is recorded in
// `draft.removed`; what stays is in `draft.lines` with its source line. Cues come from content/boilerplate.yaml.
import type { Knowledge } from './load-knowledge.ts';
import { compileEditorPattern, type EditorPattern } from './editor-pattern.ts';
import type { BoilerplateRule } from '../schema/knowledge.ts';
import { isHeadlineLike, isProse } from './line-kinds.ts';
import type { Draft, RemovedLine } from './types.ts';

interface CompiledRule {
  id: string;
  re: EditorPattern;
}

interface Compiled {
  lines: CompiledRule[];
  prefixes: CompiledRule[];
  listHeadings: CompiledRule[];
}

const compiledCache = new WeakMap<Knowledge, Compiled>();

function compile(knowledge: Knowledge): Compiled {
  let compiled = compiledCache.get(knowledge);
  if (!compiled) {
    const rules = (list: BoilerplateRule[], anchor: boolean): CompiledRule[] =>
      list.map((r) => ({ id: r.id, re: compileEditorPattern(r.pattern, anchor) }));
    compiled = {
      lines: rules(knowledge.boilerplate.lines, true),
      prefixes: rules(knowledge.boilerplate.prefixes, false),
      listHeadings: rules(knowledge.boilerplate.listHeadings, true),
    };
    compiledCache.set(knowledge, compiled);
  }
  return compiled;
}

/** A teaser of another story: a short line cut off with an ellipsis. */
const TEASER = /^.{12,220}(?:…|\.\.\.)[,;:]?$/u;
/** A numbered link in a list ("1. Oil prices jump …"). */
const NUMBERED = /^\d{1,2}[.)]\s+\S/u;

export function cleanBoilerplate(draft: Draft, knowledge: Knowledge): void {
  const rules = compile(knowledge);
  const kept: Array<{ text: string; line: number }> = [];
  const removed: RemovedLine[] = [];
  const sourceLines = draft.text.split('\n');
  let inList: string | null = null;
  // An editor's Markdown is authored: a sentence that ends in "…" is the editor's. The guess made for scraped
  // pages (teasers of other stories) does not apply to it; the cue lists of boilerplate.yaml still do.
  const authored = draft.markdown !== undefined;

  sourceLines.forEach((raw, index) => {
    const line = draft.firstLine + index;
    let text = raw.trim();
    if (text === '') {
      inList = null;
      kept.push({ text: '', line });
      return;
    }
    for (const rule of rules.prefixes) {
      const match = rule.re.prefix(text);
      if (match) {
        removed.push({ text: match.trim(), rule: rule.id, line });
        text = text.slice(match.length).trim();
      }
    }
    if (text === '') return;
    if (inList !== null && (isHeadlineLike(text) || NUMBERED.test(text)) && !isProse(text)) {
      removed.push({ text, rule: inList, line });
      return;
    }
    inList = null;
    const heading = rules.listHeadings.find((r) => r.re.test(text));
    if (heading) {
      inList = heading.id;
      removed.push({ text, rule: heading.id, line });
      return;
    }
    const rule = rules.lines.find((r) => r.re.test(text));
    if (rule) removed.push({ text, rule: rule.id, line });
    else if (!authored && TEASER.test(text) && !opensQuote(text)) removed.push({ text, rule: 'teaser', line });
    else kept.push({ text, line });
  });

  draft.lines = kept;
  // Text an earlier step removed (an editor's HTML comment, say) stays on the record.
  draft.removed = [...draft.removed, ...removed];
}

function opensQuote(text: string): boolean {
  return /^["“]/.test(text) && !/["”][^"”]*$/.test(text.slice(1));
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
