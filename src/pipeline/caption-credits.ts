// A picture's caption carries its credit at the end, in the forms pages print it: "(AP Photo/Jane Doe)",
// "(Getty Images)", "(PHOTO CREDIT: Jane Doe/USA Today.)", "… | AP file photo", "…, via Oryx media",
// "… Composite: Reuters, AFP via Getty Images", "… 2015. REUTERS/Jane Doe", "….Jane Doe / Daily Star via Getty Images". The credit is the page's; the caption is text the reader
// keeps with its credit (the eval labels a caption with its credit). Read here so that the line is marked a
// caption, and a caption repeating the headline can be told by its words without the credit.
import { wordCount } from './line-kinds.ts';

/** Words a caption with its credit may have. */
export const CAPTION_WORDS = 45;

/** A picture credit: the photographer, a slash, the owner, and the agency that distributed it. */
export const PERSON_SLASH_ORG = "\\p{Lu}[\\p{L}.'’-]+(?:\\s\\p{Lu}[\\p{L}.'’-]+){0,3}\\s\\/\\s\\p{Lu}[\\p{L}.&'’-]*(?:\\s\\p{Lu}[\\p{L}.&'’-]*){0,3}(?:\\s+via\\s+\\p{Lu}[\\p{L}.&'’-]*(?:\\s\\p{Lu}[\\p{L}.&'’-]*){0,3})?";

/** A file picture's credit in brackets, alone on its line: "(Alpha Media file photo)", "(AP file photo)". */
export const FILE_PHOTO = /^\((?:[\p{L}\p{N}&.'’ -]{1,40}\s)?file\s+(?:photo|image|picture)\)$/iu;

/** Credit forms at the end of a caption; `agencies` are wire and picture agencies' names, lower case. */
function creditForms(agencies: string[]): RegExp[] {
  const names = agencies.map((a) => a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  return [
    /\s*\((?:[\p{L}-]+\s+)?(?:photo(?:graph)?s?|images?|pictures?)(?:\s*credit)?\s*[:/][^()]{2,80}\)\.?$/iu,
    new RegExp(`\\s*\\((?:${names})(?:\\s*/\\s*[^()]{2,40})?\\)\\.?$`, 'iu'),
    /\s+\|\s+(?:\p{Lu}[\p{L}.-]*\s+)?(?:file\s+)?(?:photo|image|picture)$/iu,
    /,\s+via\s+\p{L}[\p{L}.&' -]{1,30}$/u,
    /(?<=[.!?]|\S)\s+(?:composite|photograph|photo|illustration|image)s?:\s+[^.]{2,80}$/iu,
    // After the caption's full stop, spaced or glued: "… May 24, 2015. AGENCY/Jane Doe/Daily Star".
    new RegExp(`(?<=[.!?])\\s*(?:${names})(?:\\s*/\\s*[\\p{L}.'’ -]{2,40}){1,2}$`, 'iu'),
    // "… in Conroe, Texas.Jane Doe / Daily Star via Agency": the photographer, the owner, the distributor.
    new RegExp(`(?<=[.!?])\\s*${PERSON_SLASH_ORG}$`, 'u'),
  ];
}

const cache = new Map<string, RegExp[]>();

/** The caption and its credit, or null when the line ends with no picture credit. */
export function splitCaptionCredit(text: string, agencies: string[]): { caption: string; credit: string } | null {
  if (wordCount(text) > CAPTION_WORDS) return null;
  const key = agencies.join('\n');
  let forms = cache.get(key);
  if (!forms) {
    forms = creditForms(agencies);
    cache.set(key, forms);
  }
  for (const re of forms) {
    const match = re.exec(text);
    if (!match || match.index === 0) continue;
    const caption = text.slice(0, match.index).trim().replace(/[,|]$/u, '').trim();
    if (wordCount(caption) >= 2) return { caption, credit: match[0].trim().replace(/^[,|]\s*/u, '') };
  }
  return null;
}
