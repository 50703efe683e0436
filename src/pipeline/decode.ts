// Bytes to clean text: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252 (a superset of the
// Latin-1 printable range that newsroom exports use); CRLF and lone CR to LF, NBSP to space, Unicode NFC.

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface Decoded {
  text: string;
  encoding: Encoding;
  /** True when the bytes look like a binary file (NUL bytes or many control characters) rather than text. */
  binary: boolean;
}

export function decode(bytes: Uint8Array): Decoded {
  const encoding = detectEncoding(bytes);
  const start = bomLength(bytes, encoding);
  const raw = new TextDecoder(encoding).decode(bytes.subarray(start));
  return { text: normalise(raw), encoding, binary: looksBinary(raw) };
}

export function normalise(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00a0\u202f\u2007]/g, ' ')
    .replace(/[\u200b\u2060\ufeff]/g, '')
    .normalize('NFC');
}

function detectEncoding(bytes: Uint8Array): Encoding {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return 'utf-8';
  } catch {
    return 'windows-1252';
  }
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
