// Splits the text into lines and removes what is not the article wherever it stands: rights notices, prompts,
// tag lines, breadcrumbs, teasers of other stories (short lines cut off with "…"), link lists under a
// heading ("Related Articles", "Most Popular"), stray date stamps. Every removed line is recorded in
// `draft.removed`; what stays is in `draft.lines` with its source line. Cues come from content/boilerplate.yaml.
import type { Knowledge } from './load-knowledge.ts';
import { compileEditorPattern, type EditorPattern } from './editor-pattern.ts';
import type { BoilerplateRule } from '../schema/knowledge.ts';
import { isHeadlineLike, isProse, SENTENCE_END } from './line-kinds.ts';
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
/** How many lines a closing link list may hold when its items are teaser sentences. */
const TAIL_LIST = 16;
/** Words a teaser line may have: a headline or one sentence of summary, not a paragraph. */
const TEASER_WORDS = 40;

/**
 * Whether everything from `from` to the end is a list of teasers: few lines, each a headline or a single
 * sentence ("Bellinger left Tuesday's game early …"), as the "The Latest" or "Related Articles" box that
 * closes a page prints them. A paragraph of two sentences or more is the article's, and stops it.
 */
function teaserTail(lines: string[], from: number): boolean {
  const rest = lines.slice(from).map((l) => l.trim()).filter(Boolean);
  if (rest.length === 0 || rest.length > TAIL_LIST) return false;
  if (!rest.every((l) => l.split(/\s+/).length <= TEASER_WORDS && !/[.!?]["”’)]?\s+["“‘(]?\p{Lu}/u.test(l))) return false;
  // One closing sentence after a list of links is the article's last word ("The ministry gave no further
  // details."); teasers come several to a box, or the box ends in its own labels and times.
  const sentences = rest.filter((l) => SENTENCE_END.test(l)).length;
  return sentences >= 2 || !SENTENCE_END.test(rest[rest.length - 1]!);
}

export function cleanBoilerplate(draft: Draft, knowledge: Knowledge): void {
  const rules = compile(knowledge);
  const kept: Array<{ text: string; line: number }> = [];
  const removed: RemovedLine[] = [];
  const sourceLines = draft.text.split('\n');
  let inList: string | null = null;
  /** Set when a list heading opens a closing list of teasers: every line after it is the page's. */
  let tailList: string | null = null;
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
    if (tailList !== null) {
      removed.push({ text, rule: tailList, line });
      return;
    }
    if (inList !== null && (isHeadlineLike(text) || NUMBERED.test(text)) && !isProse(text)) {
      removed.push({ text, rule: inList, line });
      return;
    }
    inList = null;
    const heading = rules.listHeadings.find((r) => r.re.test(text));
    if (heading) {
      inList = heading.id;
      if (!authored && teaserTail(sourceLines, index + 1)) tailList = heading.id;
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
