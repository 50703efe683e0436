// One-line summaries under a title do not repeat the title.
import { describe, expect, it } from 'vitest';
import { beyondTitle, firstSentence } from '../../src/lib/text.ts';

describe('summary lines', () => {
  it('show only what follows a title the sentence starts with', () => {
    expect(beyondTitle('US officials warned on Wednesday, about drones reaching Russia.', 'US officials warned on Wednesday')).toBe('…about drones reaching Russia.');
  });

  it('show nothing when the sentence is the title, and the whole sentence when it does not start with it', () => {
    expect(beyondTitle('Iran got jets.', 'Iran got jets.')).toBeNull();
    expect(beyondTitle('Moscow denied it.', 'Iran got jets')).toBe('Moscow denied it.');
  });

  it('take the first sentence of a summary', () => {
    expect(firstSentence('Gen. Smith spoke. Then he left.')).toBe('Gen. Smith spoke.');
  });
});
