// Small text helpers for display, built on the pipeline's sentence splitter so pages never re-parse text.
import { splitSentences } from '../pipeline/split-sentences.ts';

/** The first sentence of a summary: a one-line version for lists. */
export function firstSentence(text: string): string {
  return splitSentences(text.trim())[0]?.text ?? text.trim();
}

const NUMBER = new Intl.NumberFormat('en-GB');

/** "1 article", "3 articles", "1,000 articles". */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${NUMBER.format(count)} ${count === 1 ? one : many}`;
}

/**
 * A summary line as it reads under its title: when the sentence merely starts with the title (ingested titles
 * are often the lead's first words), only the rest is shown, after an ellipsis; null when nothing is left.
 */
export function beyondTitle(sentence: string, title: string): string | null {
  const head = title.trim().replace(/[.…]+$/, '');
  const text = sentence.trim();
  if (!text.toLowerCase().startsWith(head.toLowerCase())) return sentence;
  const rest = text.slice(head.length).replace(/^[\s,;:.—–-]+/, '').trim();
  return rest ? `…${rest}` : null;
}

/** A quotation's words without the quotation marks around them, so a page can set its own. */
export function unquote(text: string): string {
  return text.trim().replace(/^[“"‘']+|[”"’']+$/g, '');
}
