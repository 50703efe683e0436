import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/pipeline/tokens.ts';

describe('tokenize', () => {
  it('splits off a possessive and flags it', () => {
    const [iran, foreign] = tokenize('Iran’s foreign ministry');
    expect(iran).toMatchObject({ text: 'Iran', start: 0, end: 4, possessive: true });
    expect(foreign).toMatchObject({ text: 'foreign', capitalised: false });
  });

  it('keeps inner hyphens and dots in a word and records the punctuation after it', () => {
    expect(tokenize('al-Assad, the U.S. and S-400.').map((t) => [t.text, t.after])).toEqual([
      ['al-Assad', ','],
      ['the', ''],
      ['U.S', '.'],
      ['and', ''],
      ['S-400', '.'],
    ]);
  });

  it('flags a plural possessive', () => {
    expect(tokenize('the Guards’ drone command')[1]).toMatchObject({ text: 'Guards', possessive: true });
  });
});
