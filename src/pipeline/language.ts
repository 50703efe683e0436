// content/language.yaml compiled for fast lookups over tokens: phrase sets keyed by their lowercase words,
// matched forwards or backwards from a token. Built once per Knowledge.
import type { Knowledge } from './load-knowledge.ts';
import type { ClaimStance } from '../schema/article.ts';
import { tokenize, type Token } from './tokens.ts';

/** A set of phrases of one or more words, matched case-insensitively on token boundaries. */
export class PhraseSet {
  private readonly phrases = new Set<string>();
  private longest = 0;

  constructor(phrases: Iterable<string>) {
    for (const phrase of phrases) {
      const words = tokenize(phrase).map((t) => t.text.toLowerCase());
      if (words.length === 0) continue;
      this.phrases.add(words.join(' '));
      this.longest = Math.max(this.longest, words.length);
    }
  }

  has(phrase: string): boolean {
    return this.phrases.has(phrase.toLowerCase());
  }

  /** Number of tokens of the longest phrase starting at token i (0 if none); tokens must be plainly joined. */
  startingAt(tokens: Token[], i: number): number {
    let best = 0;
    let key = '';
    for (let n = 1; n <= this.longest && i + n - 1 < tokens.length; n++) {
      const t = tokens[i + n - 1]!;
      key = n === 1 ? t.text.toLowerCase() : `${key} ${t.text.toLowerCase()}`;
      if (this.phrases.has(key)) best = n;
      if (t.after !== '' && t.after !== '.' && t.after !== '-') break;
      if (t.possessive) break;
    }
    return best;
  }

  /** Number of tokens of the longest phrase ending at token i (0 if none). */
  endingAt(tokens: Token[], i: number): number {
    let best = 0;
    let key = '';
    for (let n = 1; n <= this.longest && i - n + 1 >= 0; n++) {
      const t = tokens[i - n + 1]!;
      if (n > 1 && ((t.after !== '' && t.after !== '.' && t.after !== '-') || t.possessive)) break;
      key = n === 1 ? t.text.toLowerCase() : `${t.text.toLowerCase()} ${key}`;
      if (this.phrases.has(key)) best = n;
    }
    return best;
  }
}

export interface Cues {
  honorifics: PhraseSet;
  ranks: PhraseSet;
  roles: PhraseSet;
  organizationWords: Set<string>;
  placeWords: PhraseSet;
  speechVerbs: PhraseSet;
  statementNouns: Set<string>;
  reporterNouns: PhraseSet;
  claimVerbs: Array<{ stance: ClaimStance; verbs: PhraseSet }>;
  notNames: Set<string>;
  notSystems: Set<string>;
}

const cache = new WeakMap<Knowledge, Cues>();

export function cues(knowledge: Knowledge): Cues {
  let c = cache.get(knowledge);
  if (!c) {
    const l = knowledge.language;
    c = {
      honorifics: new PhraseSet(l.honorifics),
      ranks: new PhraseSet(l.ranks),
      roles: new PhraseSet(l.roles),
      organizationWords: new Set(l.organizationWords),
      placeWords: new PhraseSet(l.placeWords),
      speechVerbs: new PhraseSet(l.speechVerbs),
      statementNouns: new Set(l.statementNouns.map((w) => w.toLowerCase())),
      reporterNouns: new PhraseSet(l.reporterNouns),
      claimVerbs: (['allege', 'warn', 'deny', 'confirm'] as const).map((stance) => ({ stance, verbs: new PhraseSet(l.claimVerbs[stance]) })),
      notNames: new Set(l.notNames),
      notSystems: new Set(l.notSystems.map((s) => s.toLowerCase())),
    };
    cache.set(knowledge, c);
  }
  return c;
}
