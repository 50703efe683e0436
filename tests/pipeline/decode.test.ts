import { describe, expect, it } from 'vitest';
import { decode } from '../../src/pipeline/decode.ts';

describe('decode', () => {
  it('reads UTF-8 with a byte-order mark without keeping the mark', () => {
    expect(decode(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Tehran’s reply')])).text).toBe('Tehran’s reply');
  });

  it('falls back to Windows-1252 for bytes that are not UTF-8, curly quotes and accents intact', () => {
    const bytes = new Uint8Array([0x93, 0x4a, 0x6f, 0x73, 0xe9, 0x94, 0x20, 0x96, 0x20, 0xa9]);
    const decoded = decode(bytes);
    expect(decoded.encoding).toBe('windows-1252');
    expect(decoded.text).toBe('“José” – ©');
  });

  it('turns CRLF and lone CR into LF and a no-break space into a space', () => {
    expect(decode(new TextEncoder().encode('one\r\ntwo\rthree\u00a0four')).text).toBe('one\ntwo\nthree four');
  });

  it('composes decomposed accents (NFC)', () => {
    expect(decode(new TextEncoder().encode('Lipavske\u0301')).text).toBe('Lipavské');
  });

  it('says a file with NUL bytes is not text', () => {
    expect(decode(new Uint8Array([0x50, 0x4b, 0x00, 0x03])).binary).toBe(true);
  });
});
