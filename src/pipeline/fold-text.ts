// Text folded for matching names and terms across spellings: lowercase, no diacritics (Latin accents, Arabic
// harakat), one form for Arabic and Persian letter variants (ي ى ی → ی, ك ک → ک, أ إ آ ٱ → ا, ة → ه, ؤ → و),
// no tatweel or zero-width joiners, Arabic-Indic and Persian digits as 0-9, ё as е. Folding maps character to
// character or drops one, so a folded word is matched, never shown: offsets come from the original tokens.
const LETTERS: Record<string, string> = {
  'ي': 'ی', 'ى': 'ی', 'ئ': 'ی', 'ك': 'ک', 'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ة': 'ه', 'ۀ': 'ه', 'ؤ': 'و',
  'ё': 'е', 'Ё': 'е',
};
/** Combining marks (Latin accents, the breve of й too: й folds to и), Arabic harakat, tatweel, ZWNJ/ZWJ, bidi marks. */
const DROPPED = /[\u0300-\u036f\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200c\u200d\u200e\u200f]/g;

export function fold(text: string): string {
  const decomposed = text.normalize('NFKD').replace(DROPPED, '').normalize('NFC');
  let out = '';
  for (const c of decomposed) {
    const code = c.charCodeAt(0);
    if (code >= 0x0660 && code <= 0x0669) out += String(code - 0x0660);
    else if (code >= 0x06f0 && code <= 0x06f9) out += String(code - 0x06f0);
    else out += LETTERS[c] ?? c;
  }
  return out.toLowerCase();
}
