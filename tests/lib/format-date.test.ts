// Dates are shown only as precisely as known, and a date the evidence does not fully state is called inferred.
import { describe, expect, it } from 'vitest';
import { compareDatesDesc, dateNote, formatDate, monthRange } from '../../src/lib/format-date.ts';

describe('formatDate', () => {
  it.each([
    ['2022-12-14', '14 Dec 2022'],
    ['2023-09', 'Sep 2023'],
    ['2022', '2022'],
    [null, 'date unknown'],
  ])('shows %s as "%s"', (date, shown) => {
    expect(formatDate(date)).toBe(shown);
  });
});

describe('dateNote', () => {
  it('calls a date inferred when its evidence lacks the year', () => {
    expect(dateNote('2023-09-20', 'Wednesday, September 20')).toEqual({ kind: 'inferred', evidence: 'Wednesday, September 20' });
  });

  it('calls a date stated when its evidence holds every part of it', () => {
    expect(dateNote('2022-12-14', 'December 14, 2022')?.kind).toBe('stated');
    expect(dateNote('2022-12-14', '2022-12-14')?.kind).toBe('stated');
    expect(dateNote('2022', '© 2022')?.kind).toBe('stated');
  });

  it('keeps evidence that already explains an inference', () => {
    expect(dateNote('2023', 'inferred from the copyright line')).toEqual({ kind: 'explained', evidence: 'inferred from the copyright line' });
    expect(dateNote('2023-09-20', 'story date, from seeds/a.txt: September 20, 2023')?.kind).toBe('explained');
  });

  it('credits a date an editor set in the front-matter to the editors', () => {
    expect(dateNote('2024-05-14', 'front-matter')?.kind).toBe('editors');
  });

  it('says nothing without a date or evidence', () => {
    expect(dateNote(null, 'Tuesday')).toBeNull();
    expect(dateNote('2022', null)).toBeNull();
  });
});

describe('date order and ranges', () => {
  it('sorts newest first, a year after the dates inside it, undated last', () => {
    expect(['2022', null, '2022-12-14', '2023-01', '2022-12'].sort(compareDatesDesc)).toEqual(['2023-01', '2022-12-14', '2022-12', '2022', null]);
  });

  it('lists every month between two, across a year end', () => {
    expect(monthRange('2022-11', '2023-02')).toEqual(['2022-11', '2022-12', '2023-01', '2023-02']);
  });
});
