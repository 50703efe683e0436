import { describe, expect, it } from 'vitest';
import { quoteRanges, sentenceEnds } from '../../src/pipeline/quote-marks.ts';

describe('quote-marks', () => {
  it('finds curly and straight quotations and drops the comma before the attribution', () => {
    const ranges = quoteRanges('“We will respond,” he said. She called it "a continuation of hostile policy."');
    expect(ranges.map((r) => r.inner)).toEqual(['We will respond', 'a continuation of hostile policy.']);
  });

  it('runs a quotation left open to the end of its paragraph', () => {
    const text = 'He said: “The first paragraph of a long statement goes on';
    expect(quoteRanges(text)).toEqual([{ start: 9, end: text.length, inner: 'The first paragraph of a long statement goes on' }]);
  });

  it('ends no sentence inside a quotation or after a rank', () => {
    const text = 'Gen. Milley said “we talked. It went well,” adding more. Next sentence here.';
    const ends = sentenceEnds(text, quoteRanges(text));
    expect(ends.map((e) => text.slice(0, e))).toEqual(['Gen. Milley said “we talked. It went well,” adding more.', text]);
  });
});
