// Removes what is not the article — rights notices, prompts, teasers of other stories, trailing navigation,
// stray date stamps, bylines — and records every removed line in `draft.removed`. What stays is in
// `draft.lines`, each with its source line. Cues come from content/boilerplate.yaml.
import type { Knowledge } from './load-knowledge.ts';
import type { BoilerplateRule } from '../schema/knowledge.ts';
import type { Draft, RemovedLine } from './types.ts';

interface CompiledRule {
  id: string;
  re: RegExp;
}

interface Compiled {
  lines: CompiledRule[];
  prefixes: CompiledRule[];
  trailing: CompiledRule[];
  agencies: RegExp | null;
}

const compiledCache = new WeakMap<Knowledge, Compiled>();

function compile(knowledge: Knowledge): Compiled {
  let compiled = compiledCache.get(knowledge);
  if (!compiled) {
    const rules = (list: BoilerplateRule[], anchor: boolean): CompiledRule[] =>
      list.map((r) => ({ id: r.id, re: new RegExp(anchor ? `^(?:${r.pattern})$` : r.pattern, 'iu') }));
    const agencyNames = knowledge.sources.agencies.flatMap((a) => [a.name, ...a.aliases]);
    compiled = {
      lines: rules(knowledge.boilerplate.lines, true),
      prefixes: rules(knowledge.boilerplate.prefixes, false),
      trailing: rules(knowledge.boilerplate.trailing, true),
      agencies: agencyNames.length > 0 ? new RegExp(`^(?:${agencyNames.map(escapeRegExp).join('|')})$`, 'i') : null,
    };
    compiledCache.set(knowledge, compiled);
  }
  return compiled;
}

/** A teaser of another story: a short line cut off with an ellipsis. */
const TEASER = /^.{12,220}(?:…|\.\.\.)[,;:]?$/u;
/** "By Jane Doe", "Jane Doe, with AFP", "By Jane Doe and John Roe (Reuters)". */
const BYLINE =
  /^(?:by\s+)?(\p{Lu}[\p{L}'’.-]+(?:\s+(?:\p{Lu}[\p{L}'’.-]+|de|al|bin|van|von|der))*(?:\s+and\s+\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+)+)?)(?:\s*,?\s+with\s+(\S.*?)|\s*\((\S.*?)\))?\.?$/u;

export function cleanBoilerplate(draft: Draft, knowledge: Knowledge): void {
  const rules = compile(knowledge);
  const kept: Array<{ text: string; line: number }> = [];
  const removed: RemovedLine[] = [];
  const sourceLines = draft.text.split('\n');

  sourceLines.forEach((raw, index) => {
    const line = draft.firstLine + index;
    let text = raw.trim();
    if (text === '') {
      kept.push({ text: '', line });
      return;
    }
    for (const rule of rules.prefixes) {
      const match = rule.re.exec(text);
      if (match && match.index === 0 && match[0].length > 0) {
        removed.push({ text: match[0].trim(), rule: rule.id, line });
        text = text.slice(match[0].length).trim();
      }
    }
    if (text === '') return;
    const rule = rules.lines.find((r) => r.re.test(text));
    if (rule) removed.push({ text, rule: rule.id, line });
    else if (TEASER.test(text) && !opensQuote(text)) removed.push({ text, rule: 'teaser', line });
    else kept.push({ text, line });
  });

  removeTrailing(kept, removed, rules, draft);
  draft.lines = kept;
  draft.removed = removed.sort((a, b) => a.line - b.line);
}

/**
 * Walks back from the end: a byline becomes metadata; a run of two or more short lines without sentence
 * punctuation (navigation, programme lists) is removed. Stops at the first line of prose.
 */
function removeTrailing(
  kept: Array<{ text: string; line: number }>,
  removed: RemovedLine[],
  rules: Compiled,
  draft: Draft,
): void {
  while (kept.length > 0 && kept[kept.length - 1]!.text === '') kept.pop();
  const last = kept[kept.length - 1];
  if (last && isByline(last.text, rules, draft)) {
    removed.push({ text: last.text, rule: 'byline', line: last.line });
    kept.pop();
  }
  const trailing: Array<{ text: string; line: number }> = [];
  for (let i = kept.length - 1; i >= 0; i--) {
    const entry = kept[i]!;
    if (entry.text === '') continue;
    if (!rules.trailing.some((r) => r.re.test(entry.text))) break;
    trailing.push(entry);
  }
  // A lone short line may be a sign-off or caption; only a run of them (or one after removed prompts) is a list.
  const lastRemoved = removed.reduce((max, r) => Math.max(max, r.line), 0);
  const runIsList = trailing.length >= 2 || (trailing.length === 1 && lastRemoved > trailing[0]!.line);
  if (!runIsList) return;
  const cut = new Set(trailing.map((t) => t.line));
  for (const t of trailing) removed.push({ text: t.text, rule: 'navigation', line: t.line });
  for (let i = kept.length - 1; i >= 0; i--) if (cut.has(kept[i]!.line)) kept.splice(i, 1);
}

function isByline(text: string, rules: Compiled, draft: Draft): boolean {
  if (text.length > 90) return false;
  const match = BYLINE.exec(text);
  if (!match) return false;
  const agency = (match[2] ?? match[3])?.trim();
  const names = match[1]!.trim();
  // Without "by" or an agency credit, two capitalised words are more likely a caption than a byline.
  if (!/^by\s/i.test(text) && !agency) return false;
  if (agency && !(rules.agencies?.test(agency) ?? false)) return false;
  draft.author ??= names;
  if (agency) draft.agency ??= agency;
  return true;
}

function opensQuote(text: string): boolean {
  return /^["“]/.test(text) && !/["”][^"”]*$/.test(text.slice(1));
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
