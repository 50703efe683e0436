// Speaker matching in the eval's scoring: a shorter name a reader takes for the labelled one counts, a
// different party does not.
import { describe, expect, it } from 'vitest';
import { scoreCase, type Label, type Output } from '../../eval/score.ts';

function speakerHit(want: string, got: string): boolean {
  const label: Label = { date: null, source: null, author: null, agency: null, topics: [], entities: [], quotes: [{ start: 'We will respond', speaker: want }], boilerplate: [], captions: [] };
  const out = { data: { quotes: [{ speaker: got, text: 'We will respond to any attack', paragraph: 1 }], entities: [], topics: [], date: null, source: null, author: null, agency: null, title: '', story: 'x' }, body: '', captions: [] } as unknown as Output;
  return scoreCase('case', '', label, out).speakers.hit === 1;
}

describe('speaker matching in eval/score.ts', () => {
  it('takes a surname for the full name', () => expect(speakerHit('Mojtaba Babaei', 'Babaei')).toBe(true));
  it('takes a place adjective and British spelling for the same ministry', () => expect(speakerHit('Russian Defense Ministry', "Russia's defence ministry")).toBe(true));
  it('does not take the country for its mission', () => expect(speakerHit("Iran's mission to the UN", 'Iran')).toBe(false));
  it('does not take a given name for a surname that starts with it', () => expect(speakerHit('Boris Johnson', 'John')).toBe(false));
  it('does not take another person of the same given name', () => expect(speakerHit('John Kirby', 'John Chen')).toBe(false));
});
