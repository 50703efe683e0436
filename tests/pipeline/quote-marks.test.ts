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

  it('finds quotations in guillemets', () => {
    expect(quoteRanges('«We are discussing all areas», Ryabkov said.').map((r) => r.inner)).toEqual(['We are discussing all areas']);
  });

  it('finds quotations in single marks, curly or straight, with apostrophes inside', () => {
    const curly = quoteRanges('‘Iran’s drones are a threat to us all,’ the minister said.');
    expect(curly.map((r) => r.inner)).toEqual(['Iran’s drones are a threat to us all']);
    const straight = quoteRanges("'There is no decision on Russia's offer yet,' a diplomat said. 'We wait', he added.");
    expect(straight.map((r) => r.inner)).toEqual(["There is no decision on Russia's offer yet", 'We wait']);
  });

  it('takes no apostrophe for a quotation mark: possessives, elisions, single marks inside double ones', () => {
    expect(quoteRanges("The allies' jets and the 'burgeoning' ties of the '90s.")).toEqual([]);
    expect(quoteRanges('“He told us ‘never again’ and left,” she said.').map((r) => r.inner)).toEqual(['He told us ‘never again’ and left']);
  });
  it('closes a quotation on a mismatched mark: straight with curly, curly with straight, „ with “ or ”', () => {
    expect(quoteRanges('"We shall see about the new rules,” she said. More.').map((r) => r.inner)).toEqual(['We shall see about the new rules']);
    expect(quoteRanges('“We shall see about the new rules," she said. More.').map((r) => r.inner)).toEqual(['We shall see about the new rules']);
    expect(quoteRanges('„Das bleibt bei uns“, sagte sie. „Noch einmal”, fügte sie hinzu.').map((r) => r.inner)).toEqual(['Das bleibt bei uns', 'Noch einmal']);
  });

  it('keeps a straight pair nested in a curly quotation inside it', () => {
    expect(quoteRanges('“She told us "never again" and walked out,” he said.').map((r) => r.inner)).toEqual(['She told us "never again" and walked out']);
  });

  it('reads a closing mark with no opening one after end punctuation as a quotation from the paragraph start', () => {
    const text = 'Nobody was hurt. Crews are clearing the “debris” now, ”she said.';
    expect(quoteRanges(text).map((r) => [r.start, r.inner])).toEqual([[0, 'Nobody was hurt. Crews are clearing the “debris” now']]);
  });
});
