// Whether a quotation's speaker label would repeat the words beside the quotation. "…Isfahan," an Iranian air
// force commander told reporters needs no "[an Iranian air force commander]" label; a quotation whose
// attribution is a sentence away does. The label is dropped only when the attribution is in the same
// sentence, within a few words of the quotation.
const WINDOW = 90;
const words = (text: string) => text.toLowerCase().normalize('NFKC').match(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu) ?? [];
const ARTICLES = new Set(['a', 'an', 'the']);

/** The text after the quotation up to its sentence's end, and before it back to its sentence's start. */
function sameSentence(before: string, after: string): { before: string; after: string } {
  const tail = before.slice(-WINDOW);
  const start = Math.max(...['. ', '? ', '! '].map((mark) => tail.lastIndexOf(mark)));
  const head = after.slice(0, WINDOW);
  const end = head.search(/[.?!](?:\s|$)/);
  return { before: start >= 0 ? tail.slice(start + 2) : tail, after: end >= 0 ? head.slice(0, end) : head };
}

export function namedBeside(speaker: string, before: string, after: string): boolean {
  const near = sameSentence(before, after);
  const nearby = ` ${[...words(near.before), '|', ...words(near.after)].join(' ')} `;
  const name = words(speaker).filter((w, i) => !(i === 0 && ARTICLES.has(w)));
  if (name.length === 0) return false;
  // The whole description ("Iranian air force commander"), or a person's surname ("Shoigu said").
  if (nearby.includes(` ${name.join(' ')} `)) return true;
  const last = name.at(-1)!;
  return name.length > 1 && /^\p{Lu}/u.test(speaker.split(/\s+/).at(-1) ?? '') && last.length > 2 && nearby.includes(` ${last} `);
}
