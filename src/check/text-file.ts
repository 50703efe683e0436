// Rule "not-text": a file must be text. Knowledge files must be UTF-8 (they are read as such); articles may
// also be Windows-1252, which ingestion falls back to, but not bytes that no text encoding gives.
import type { VFile } from 'vfile';
import { decode } from '../pipeline/decode.ts';

/** Bytes Windows-1252 leaves undefined: a file holding them is neither UTF-8 nor Windows-1252. */
const UNDEFINED_IN_1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

/** Reports on `file` and returns false when the bytes are not usable text. */
export function checkText(file: VFile, bytes: Uint8Array, options: { utf8Only: boolean }): boolean {
  const decoded = decode(bytes);
  if (decoded.binary) {
    fail(file, 'this file is not text (it holds binary bytes): remove it, or save it as UTF-8 text', { line: 1, column: 1 });
    return false;
  }
  if (decoded.invalid[0] && options.utf8Only) {
    const first = decoded.invalid[0];
    fail(file, `this file is not UTF-8 (byte 0x${hex(first.byte)} here): save it as UTF-8 in your editor`, first);
    return false;
  }
  if (decoded.encoding !== 'windows-1252') return true;
  const bad = firstInvalidUtf8(bytes);
  if (options.utf8Only) {
    fail(file, `this file is not UTF-8 (byte 0x${hex(bytes[bad])} here): save it as UTF-8 in your editor`, placeOf(bytes, bad));
    return false;
  }
  const undefinedByte = bytes.findIndex((b) => UNDEFINED_IN_1252.has(b));
  if (undefinedByte >= 0) {
    fail(
      file,
      `this file is neither UTF-8 nor Windows-1252 text (byte 0x${hex(bytes[undefinedByte])} here): save it as UTF-8 in your editor`,
      placeOf(bytes, undefinedByte),
    );
    return false;
  }
  return true;
}

function fail(file: VFile, reason: string, place: { line: number; column: number }): void {
  file.message(reason, { place, ruleId: 'not-text', source: 'sitrep' }).fatal = true;
}

function hex(byte: number | undefined): string {
  return (byte ?? 0).toString(16).toUpperCase().padStart(2, '0');
}


/** Offset of the first byte sequence that is not valid UTF-8. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (length === 0) return i;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(i, i + length));
    } catch {
      return i;
    }
    i += length;
  }
  return 0;
}

/** Line and column (in bytes, 1-based) of a byte offset. */
function placeOf(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: offset - start + 1 };
}
