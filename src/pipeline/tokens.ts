// Words of a block with their offsets, for the rules that read names, roles and attributions. A word keeps its
// inner hyphens, apostrophes and dots ("al-Assad", "U.S", "Jong-Un"); a possessive "’s" is split off and
// flagged, so "Iran’s" is the word "Iran" owned by what follows. Marks belong to their word (Devanagari vowel
// signs, Arabic harakat: "ईरान" is one word). Tokens of a block are computed once.

export interface Token {
  text: string;
  start: number;
  end: number;
  /** The word carried a possessive "’s"/"'s" (not part of `text`, `end`). */
  possessive: boolean;
  /** Starts with an uppercase letter. */
  capitalised: boolean;
  /** Punctuation between this word and the next one (trimmed), e.g. "," or ".”"; empty for a plain space. */
  after: string;
}

const WORD = /[\p{L}\p{M}\p{N}]+(?:[-'’.][\p{L}\p{M}\p{N}]+)*/gu;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    let word = m[0];
    const start = m.index;
    let possessive = false;
    const n = word.length;
    if (n > 2 && (word[n - 1] === 's' || word[n - 1] === 'S') && (word[n - 2] === '’' || word[n - 2] === "'")) {
      word = word.slice(0, -2);
      possessive = true;
    } else if (word[n - 1] === 's' && (text[start + n] === '’' || text[start + n] === "'") && !isWordChar(text[start + n + 1])) {
      possessive = true; // "the Guards’ drone command": a plural possessive
    }
    const first = word[0]!;
    tokens.push({ text: word, start, end: start + word.length, possessive, capitalised: first !== first.toLowerCase(), after: '' });
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const nextStart = i + 1 < tokens.length ? tokens[i + 1]!.start : text.length;
    // Fast path: one plain space (or nothing) between two words.
    if (nextStart - t.end <= 1 && (nextStart === t.end || text[t.end] === ' ') && !t.possessive) continue;
    const gap = text.slice(t.end, nextStart);
    t.after = (t.possessive ? gap.replace(/^['’]s?/u, '') : gap).trim();
  }
  return tokens;
}

function isWordChar(c: string | undefined): boolean {
  return c !== undefined && /[\p{L}\p{N}]/u.test(c);
}

const cache = new WeakMap<object, { text: string; tokens: Token[] }>();

/** Tokens of a block's text, computed once per block (and again only if its text changed). */
export function tokensOf(block: { text: string }): Token[] {
  const hit = cache.get(block);
  if (hit && hit.text === block.text) return hit.tokens;
  const tokens = tokenize(block.text);
  cache.set(block, { text: block.text, tokens });
  return tokens;
}
