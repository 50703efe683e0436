// The body of articles/<slug>/original.txt: the article's file as received, so a reader can check the page
// against its source. Two defences, since the text is untrusted and served from the site's own origin:
//  - only a file whose real path (links resolved) is inside the project is read; a sourceFile is data;
//  - the first line is a sentence that no JavaScript (nor JSON, nor CSS) parser accepts, so the file can
//    never run as a script should another page load it with <script src> (the host's `nosniff` header,
//    public/_headers, stops that too, where the host honours it).
import fs from 'node:fs';
import path from 'node:path';
import { decode } from '../pipeline/decode.ts';

export function originalHeader(sourceFile: string): string {
  // Two bare words in a row are a syntax error in any JavaScript context, whatever follows on later lines.
  return `Sitrep original text of ${sourceFile.replace(/[\r\n\u2028\u2029]/g, ' ')}, as received:\n\n`;
}

export function originalText(sourceFile: string, root = process.cwd()): string {
  const unavailable = `${originalHeader(sourceFile)}The original file was not available when this site was built.\n`;
  try {
    const realRoot = fs.realpathSync(root);
    const real = fs.realpathSync(path.resolve(root, sourceFile));
    if (!real.startsWith(realRoot + path.sep) || !fs.statSync(real).isFile()) return unavailable;
    return originalHeader(sourceFile) + decode(fs.readFileSync(real)).text;
  } catch {
    return unavailable;
  }
}
