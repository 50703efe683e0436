// One bad byte must not garble a whole article: UTF-8 with a few invalid bytes (a stray 0xFF, a CESU-8
// surrogate pair) stays UTF-8, the bytes show as U+FFFD and a warning points at the first one's line:col;
// Windows-1252 is read only when the bytes are not plausibly UTF-8.
import { describe, expect, it } from 'vitest';
import { decode } from '../../src/pipeline/decode.ts';
import { readArticle } from '../../src/pipeline/read-article.ts';
import { checkText } from '../../src/check/text-file.ts';
import { VFile } from 'vfile';

const FRENCH = 'Le ministre a déclaré à Téhéran que la coopération continuait.\n\nÇa va, a-t-il ajouté, très bien ';
const bytes = (...parts: Array<string | number[]>) => Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...Buffer.from(p)] : p)));

describe('decoding UTF-8 with stray bytes', () => {
  it('a stray 0xFF: still UTF-8, accents intact, U+FFFD in its place and a warning at its line:col', () => {
    const draft = readArticle(bytes(FRENCH, [0xff], ' merci.\n'), 'seeds/fr.txt');
    expect(draft.text).toBe(`${FRENCH}\ufffd merci.\n`);
    const warning = draft.file.messages.find((m) => m.ruleId === 'encoding');
    expect(warning?.fatal).not.toBe(true);
    expect([warning?.line, warning?.column]).toEqual([3, FRENCH.split('\n')[2]!.length + 1]);
    expect(warning?.reason).toMatch(/0xFF/);
  });

  it('a CESU-8 surrogate pair: one mistake, the rest of the text intact', () => {
    const decoded = decode(bytes(FRENCH, [0xed, 0xa0, 0xbd, 0xed, 0xb8, 0x80], '\n'));
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.text.startsWith(FRENCH)).toBe(true);
    expect(decoded.invalidCount).toBe(6);
  });

  it('Latin-1 text with no UTF-8 sequence at all is still read as Windows-1252', () => {
    const decoded = decode(Uint8Array.from(Buffer.from('Le ministre a déclaré à Téhéran.\n', 'latin1')));
    expect(decoded.encoding).toBe('windows-1252');
    expect(decoded.text).toBe('Le ministre a déclaré à Téhéran.\n');
  });

  it('npm run check refuses a knowledge file that is UTF-8 with a stray byte, at the byte', () => {
    const file = new VFile({ path: 'content/sources.yaml' });
    expect(checkText(file, bytes('outlets:\n  - name: Téhéran Times ', [0xff], '\n'), { utf8Only: true })).toBe(false);
    expect([file.messages[0]?.line, file.messages[0]?.column]).toEqual([2, 25]);
  });
});
