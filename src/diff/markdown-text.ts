// Article text in a Markdown comment is data: escaped so that a title or a quotation can never open a link,
// an image, a heading, an HTML tag or a table cell, mention a user (@name) or a pull request (#12), and
// shortened so that one long quotation cannot fill the comment.
const SPECIAL = /[\\`*_{}[\]()<>#+!|~&]/g;

export function text(value: string, max = 200): string {
  const flat = value.replace(/\s+/g, ' ').trim();
  const short = flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat;
  return short.replace(SPECIAL, (c) => `\\${c}`).replace(/@/g, '&#64;');
}

/** A link whose address the diff built (site, slug and ids are known characters); its text is escaped. */
export function link(label: string, url: string | null, max?: number): string {
  return url ? `[${text(label, max)}](${url})` : text(label, max);
}

/** A path or position in a code span; backticks cannot occur in one, so they are replaced. */
export function code(value: string): string {
  return `\`${value.replace(/`/g, "'").replace(/\s+/g, ' ')}\``;
}

export function plural(n: number, word: string, words = `${word}s`): string {
  return `${n} ${n === 1 ? word : words}`;
}
