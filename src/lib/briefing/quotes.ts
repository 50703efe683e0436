// Quotations as a reader should see them listed: the same words carried by several articles (wire copy) once,
// from the first article that carries them.
import { normalise } from '../../loaders/read-annotations.ts';
import type { QuoteRef } from './types.ts';

export function distinctQuotes(refs: QuoteRef[]): QuoteRef[] {
  const seen = new Set<string>();
  return refs.filter((r) => {
    const key = `${r.quote.speakerId ?? r.quote.speaker ?? ''}\n${normalise(r.quote.text)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
