// A claim verb's bare form after "a" and a word is a noun ("a bold claim"), not a claim; the verb with a
// subject still is one, and "a spokesman said" still attributes.
import { describe, expect, it } from 'vitest';
import { runText } from './run-text.ts';

const stances = (text: string) => runText(text).claims.map((c) => c.stance);

describe('claim verbs and the nouns spelt like them', () => {
  it('files no claim for "a bold claim" or "an odd warning"', () => {
    expect(stances('Talks resumed in Vienna on Monday.\n\nIt was a bold claim, and an odd warn of sorts, for a quiet week.\n')).toEqual([]);
  });
  it('still files "the ministry claims" and "a spokesman claimed"', () => {
    expect(stances('Talks resumed in Vienna on Monday.\n\nThe ministry claims the convoy carried drones.\n\nA spokesman claimed the site was hit.\n')).toEqual(['allege', 'allege']);
  });
});
