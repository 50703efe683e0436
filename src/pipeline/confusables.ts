// Spoofing by look-alike and invisible characters (Unicode TR39, "Security Mechanisms"). Three things, each
// reported with a warning where it was found:
//  - a word that mixes Latin with Cyrillic or Greek letters ("Pаypal" with a Cyrillic а), or a designation
//    made only of letters that look Latin in a line that is Latin ("Ѕ-400" with a Cyrillic Ѕ), is read with the Latin letters
//    (TR39's skeleton, restricted to these scripts), so it names the same entity as the real one;
//  - zero-width joiners and non-joiners between Latin, Cyrillic or Greek letters (where they do nothing but
//    break matching) are removed; in Arabic, Persian, Indic scripts and emoji, where they shape text, they stay;
//  - bidirectional embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069), which make a
//    title display differently from what is indexed, are removed.
// The `confusables` npm package was considered and rejected: its table is for profanity filters (И → N,
// я → R, é → e), not TR39's, and would rewrite ordinary French or Russian.

/**
 * TR39 confusables.txt (Unicode 15), the Cyrillic and Greek letters whose prototype is one Latin letter.
 * Unicode's data, not newsroom knowledge, so it lives with the code that applies it.
 */
const TO_LATIN: Record<string, string> = {
  А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', Х: 'X', У: 'Y', Ѕ: 'S', І: 'I', Ј: 'J', Ԛ: 'Q', Ԝ: 'W', Ү: 'Y', Һ: 'h',
  а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', у: 'y', х: 'x', ѕ: 's', і: 'i', ј: 'j', ԁ: 'd', ԛ: 'q', ԝ: 'w', һ: 'h', ү: 'y', ӏ: 'l',
  Α: 'A', Β: 'B', Ε: 'E', Ζ: 'Z', Η: 'H', Ι: 'I', Κ: 'K', Μ: 'M', Ν: 'N', Ο: 'O', Ρ: 'P', Τ: 'T', Υ: 'Y', Χ: 'X',
  ο: 'o', ν: 'v', ι: 'i', κ: 'k', ρ: 'p', τ: 't', υ: 'u', χ: 'x', α: 'a', γ: 'y',
};

export interface Finding {
  line: number;
  column: number;
  reason: string;
}

const WORD = /[\p{L}\p{M}\p{N}\u200c\u200d][\p{L}\p{M}\p{N}\u200c\u200d'’-]*/gu;
const LATIN = /\p{Script=Latin}/u;
const LOOKALIKE_SCRIPT = /[\p{Script=Cyrillic}\p{Script=Greek}]/u;
const BIDI = /[\u202a-\u202e\u2066-\u2069]/g;
const JOINER_BETWEEN = /(?<=[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}])[\u200c\u200d]+(?=[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}])/gu;

/** The text with look-alikes read as Latin and invisible controls removed, and what was done, where. */
export function foldConfusables(text: string): { text: string; findings: Finding[] } {
  const findings: Finding[] = [];
  const lines = text.split('\n');
  const out = lines.map((line, n) => {
    if (!/[\u0370-\u052f\u200c\u200d\u202a-\u202e\u2066-\u2069]/.test(line)) return line;
    const place = (index: number) => ({ line: n + 1, column: index + 1 });
    let folded = line;
    const bidi = line.search(BIDI);
    if (bidi >= 0) {
      findings.push({ ...place(bidi), reason: 'bidirectional control characters (U+202A–U+202E, U+2066–U+2069) make text display differently from what it says: they were removed' });
      folded = folded.replace(BIDI, (c) => '\u0000'.repeat(c.length));
    }
    folded = folded.replace(JOINER_BETWEEN, (j, index: number) => {
      findings.push({ ...place(index), reason: 'an invisible zero-width joiner inside a word stops it matching its name: it was removed' });
      return '\u0000'.repeat(j.length);
    });
    const latinLine = count(folded, /\p{Script=Latin}/gu) > count(folded, /[\p{Script=Cyrillic}\p{Script=Greek}]/gu);
    folded = folded.replace(WORD, (word, index: number) => {
      if (!LOOKALIKE_SCRIPT.test(word)) return word;
      const letters = [...word].filter((c) => /\p{L}/u.test(c));
      const mixed = letters.some((c) => LATIN.test(c));
      // A whole word of look-alikes is folded only when it is a designation (it holds a digit: "С-400" in an
      // English line); a Russian word in an English line ("ТАСС") is left as written.
      const wholeLookalike = latinLine && /\p{N}/u.test(word) && letters.every((c) => TO_LATIN[c] !== undefined);
      if (!mixed && !wholeLookalike) return word;
      if (!letters.every((c) => !LOOKALIKE_SCRIPT.test(c) || TO_LATIN[c] !== undefined)) {
        if (mixed) findings.push({ ...place(index), reason: `"${word.replace(/\u0000/g, '')}" mixes Latin with Cyrillic or Greek letters: retype it in one script` });
        return word;
      }
      const latin = [...word].map((c) => TO_LATIN[c] ?? c).join('');
      const which = [...word].filter((c) => TO_LATIN[c] !== undefined).map((c) => `${c} U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`);
      findings.push({ ...place(index), reason: `"${word.replace(/\u0000/g, '')}" is written with letters that only look Latin (${[...new Set(which)].join(', ')}): it was read as "${latin.replace(/\u0000/g, '')}"; retype it in Latin letters` });
      return latin;
    });
    return folded.replace(/\u0000/g, '');
  });
  return { text: out.join('\n'), findings };
}

function count(text: string, re: RegExp): number {
  return text.match(re)?.length ?? 0;
}
