import { afterEach, describe, expect, it, vi } from 'vitest';
import { REFERENCE_DATE } from '../../src/pipeline/extract-date.ts';
import { runText } from './run-text.ts';

const dateOf = (text: string, referenceDate?: Date) => runText(text, referenceDate ? { referenceDate } : {}).date;

describe('extract-date', () => {
  afterEach(() => vi.useRealTimers());

  it('resolves a weekday with month and day to the latest year in which it fits', () => {
    expect(dateOf('Officials met on Thursday, March 2, to discuss the drone programme and its exports to Russia.', new Date('2025-06-01'))).toEqual({
      date: '2023-03-02',
      precision: 'day',
      evidence: 'Thursday, March 2',
    });
  });

  it('never resolves past the copyright year', () => {
    const text = 'Officials met on Thursday, March 2, to discuss the drone programme and its exports to Russia.\n\n© 2017 Example Wire';
    expect(dateOf(text, new Date('2025-06-01'))?.date).toBe('2017-03-02');
  });

  it('gives the same date whatever day it runs: the reference is a constant, not the clock', () => {
    const text = 'The commander spoke on Wednesday, September 20, about drones supplied to Russia by Iran.';
    const today = dateOf(text);
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2031-01-01'));
    expect(dateOf(text)).toEqual(today);
    expect(today?.date).toBe(dateOf(text, REFERENCE_DATE)?.date);
  });

  it('takes a year alone from a copyright line, with precision year', () => {
    expect(dateOf('Iran denied the reports on Monday and said it had sent no drones to Russia.\n\nCopyright © 2021 Example News')).toEqual({
      date: '2021',
      precision: 'year',
      evidence: 'Copyright © 2021',
    });
  });

  it('prefers a date stamp under the headline to dates in the text', () => {
    const text = 'Iran unveils a new drone\nUpdated: 12 May 2024\nIran on Sunday showed a drone first flown on March 3, 2021, at an exhibition in Tehran.';
    expect(dateOf(text)?.date).toBe('2024-05-12');
  });

  it('invents nothing from a bare weekday or a relative time', () => {
    expect(dateOf('The minister said on Wednesday that talks would resume within days, three days after a visit.')).toBeNull();
    expect(dateOf('Iran tests a missile\nLast updated: 3 days ago\nIran said on Friday it had tested a new missile from a site in the desert.')).toBeNull();
  });
});

describe('extract-date: captions', () => {
  it('never dates the article from a caption, which dates its picture', async () => {
    const { extractDate } = await import('../../src/pipeline/extract-date.ts');
    const { knowledge } = await import('./run-text.ts');
    const d = runText('A cargo plane is unloaded at an air base near Ankara on July 12, 2019.\n\nThe last of the shipment arrived on Thursday, officials said, after more than thirty flights.');
    d.blocks[0]!.kind = 'caption';
    extractDate(d, knowledge);
    expect(d.date).toBeNull();
  });
});
