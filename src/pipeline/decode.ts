// Bytes to clean text: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252 (a superset of the
// Latin-1 printable range that newsroom exports use); CRLF and lone CR to LF, NBSP to space, Unicode NFC,
// look-alike letters and invisible controls folded (confusables.ts).
// A file is read as UTF-8 whenever it is plausibly UTF-8: more well-formed multi-byte sequences than broken
// ones (a Windows-1252 file has accented letters alone, hardly ever a valid UTF-8 pair). A few stray bytes
// in UTF-8 (a 0xFF, a CESU-8 surrogate) then become U+FFFD, each recorded in `invalid` for a warning, instead
// of the whole article being read as Windows-1252 and every other non-ASCII letter garbled.
import { foldConfusables, type Finding } from './confusables.ts';

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface Decoded {
  text: string;
  encoding: Encoding;
  /** True when the bytes look like a binary file (NUL bytes or many control characters) rather than text. */
  binary: boolean;
  /** UTF-8 read with broken sequences: where each is (line and column in the decoded text, 1-based) and its first byte. */
  invalid: Array<{ line: number; column: number; byte: number }>;
  /** Look-alike letters read as Latin, invisible joiners and bidi controls removed (confusables.ts), where. */
  confusables: Finding[];
  /** How many broken sequences there are in all (`invalid` lists the first 100 only, to bound the work). */
  invalidCount: number;
}

export function decode(bytes: Uint8Array): Decoded {
  const { encoding, broken } = detectEncoding(bytes);
  const start = bomLength(bytes, encoding);
  const raw = new TextDecoder(encoding).decode(bytes.subarray(start));
  const invalid = encoding === 'utf-8' ? placesOf(bytes, start, broken.slice(0, 100)) : [];
  const folded = foldConfusables(normalise(raw));
  return { text: folded.text, encoding, binary: looksBinary(raw), invalid, invalidCount: encoding === 'utf-8' ? broken.length : 0, confusables: folded.findings };
}

export function normalise(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00a0\u202f\u2007]/g, ' ')
    .replace(/[\u200b\u2060\ufeff]/g, '')
    .normalize('NFC');
}

function detectEncoding(bytes: Uint8Array): { encoding: Encoding; broken: number[] } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', broken: [] };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', broken: [] };
  // Well-formed UTF-8 (nearly every file) is confirmed by the native decoder; only the rest is scanned.
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { encoding: 'utf-8', broken: [] };
  } catch {
    // Not well-formed: count what is and is not, below.
  }
  const { valid, broken } = scanUtf8(bytes);
  // A run of adjacent broken bytes (a CESU-8 surrogate pair is six) is one mistake, not six.
  const runs = broken.filter((offset, k) => broken[k - 1] !== offset - 1).length;
  return { encoding: broken.length === 0 || valid > runs ? 'utf-8' : 'windows-1252', broken };
}

/** Counts well-formed multi-byte UTF-8 sequences and lists the offsets of broken ones (Unicode's maximal subparts). */
export function scanUtf8(bytes: Uint8Array): { valid: number; broken: number[] } {
  let valid = 0;
  const broken: number[] = [];
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const length = b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    // The second byte's range depends on the first (no overlongs, no surrogates, nothing above U+10FFFF).
    const low = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
    const high = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
    let n = 1;
    if (length > 0 && bytes[i + 1] !== undefined && bytes[i + 1]! >= low && bytes[i + 1]! <= high) {
      n = 2;
      while (n < length && bytes[i + n] !== undefined && bytes[i + n]! >= 0x80 && bytes[i + n]! <= 0xbf) n++;
    }
    if (length > 0 && n === length) valid++;
    else broken.push(i);
    i += length > 0 && n === length ? length : Math.max(1, n);
  }
  return { valid, broken };
}

/** Line and column (in UTF-16 code units of the decoded line, 1-based) of each byte offset, in one pass. */
function placesOf(bytes: Uint8Array, start: number, offsets: number[]): Decoded['invalid'] {
  const out: Decoded['invalid'] = [];
  let line = 1;
  let lineStart = start;
  let i = start;
  for (const offset of offsets) {
    for (; i < offset; i++) {
      if (bytes[i] === 0x0a || (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a)) {
        line++;
        lineStart = i + 1;
      }
    }
    out.push({ line, column: new TextDecoder('utf-8').decode(bytes.subarray(lineStart, offset)).length + 1, byte: bytes[offset]! });
  }
  return out;
}

function bomLength(bytes: Uint8Array, encoding: Encoding): number {
  if (encoding === 'utf-8' && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 3;
  if (encoding === 'utf-16le' || encoding === 'utf-16be') return 2;
  return 0;
}

function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  const sample = text.slice(0, 4096);
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) control++;
  }
  return sample.length > 0 && control / sample.length > 0.05;
}
