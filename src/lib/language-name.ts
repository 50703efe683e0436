// A language's name in English for badges and the search filter ("ru" → "Russian", "pt-BR" → "Brazilian
// Portuguese"), from the locale data built into Intl: no list to keep.
const names = new Intl.DisplayNames(['en'], { type: 'language' });

export function languageName(lang: string): string {
  try {
    return names.of(lang) ?? lang;
  } catch {
    return lang;
  }
}
