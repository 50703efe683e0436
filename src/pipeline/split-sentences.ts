// Sentence boundaries inside a block, as offsets, so that spans and "every sentence kept" checks can refer
// back to the exact text. Abbreviations and initials ("Gen.", "U.S.", "J. Smith") do not end a sentence.

export interface Sentence {
  text: string;
  start: number;
  end: number;
}

/** Words that a full stop follows without ending the sentence (titles, ranks, months, "Inc."), lower-cased. */
export const ABBREVIATIONS = new Set(
  'mr mrs ms dr prof gen gens brig lt col maj capt cmdr cdr adm sgt cpl pvt sqn ldr flt hon messrs rep sen gov pres st mt ft jr sr inc ltd co corp dept no vs etc jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n e.g i.e'.split(
    ' ',
  ),
);

export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  const boundary = /([.!?…]+)(["'”’)\]]*)(\s+)(?=["'“‘(\[]?[\p{Lu}\d])/gu;
  let start = 0;
  for (let match = boundary.exec(text); match; match = boundary.exec(text)) {
    const end = match.index + match[1]!.length + match[2]!.length;
    const before = text.slice(start, match.index);
    const lastWord = (/(\S+)$/.exec(before)?.[1] ?? '').toLowerCase().replace(/^["'“‘(]/, '');
    if (match[1] === '.' && (ABBREVIATIONS.has(lastWord) || /^\p{L}$/u.test(lastWord) || /^(?:\p{L}\.)+\p{L}$/u.test(lastWord))) continue;
    sentences.push({ text: text.slice(start, end), start, end });
    start = end + match[3]!.length;
  }
  if (start < text.length) {
    const rest = text.slice(start).trimEnd();
    if (rest) sentences.push({ text: rest, start, end: start + rest.length });
  }
  return sentences;
}
