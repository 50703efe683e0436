// Separates a leading YAML front-matter block ("---" lines) from the body, keeping line numbers known.

export interface FrontMatterSplit {
  /** The YAML between the fences, or null when the text has no front-matter. */
  yaml: string | null;
  body: string;
  /** 1-based line of the file on which `body` starts. */
  bodyLine: number;
  /** True when the text opens a front-matter fence that is never closed (the whole text is then the body). */
  unclosed?: boolean;
}

const FENCE = /^---[ \t]*\n([\s\S]*?)\n?^---[ \t]*(?:\n|$)/m;

export function splitFrontMatter(text: string): FrontMatterSplit {
  const match = text.startsWith('---') ? FENCE.exec(text) : null;
  if (!match || match.index !== 0) return { yaml: null, body: text, bodyLine: 1, unclosed: /^---[ \t]*(?:\n|$)/.test(text) };
  const yaml = match[1] ?? '';
  const consumed = match[0];
  return { yaml, body: text.slice(consumed.length), bodyLine: countLines(consumed) + 1 };
}

function countLines(text: string): number {
  let n = 0;
  for (const ch of text) if (ch === '\n') n++;
  return n;
}
