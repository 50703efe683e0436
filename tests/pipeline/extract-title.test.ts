import { describe, expect, it } from 'vitest';
import { MAX_TITLE, titleFrom } from '../../src/pipeline/extract-title.ts';

describe('titleFrom', () => {
  it('keeps a lead sentence that fits, without its full stop', () => {
    expect(titleFrom('Iran denies sending drones to Russia.')).toBe('Iran denies sending drones to Russia');
  });

  it('cuts a long lead at a clause boundary, never on a dangling verb or article', () => {
    const lead =
      'The United States National Security Council spokesman John Kirby warned that “support is flowing both ways” between Russia and Iran in an emerging and growing military partnership.';
    const title = titleFrom(lead);
    expect(title.length).toBeLessThanOrEqual(MAX_TITLE);
    expect(lead.startsWith(title)).toBe(true);
    expect(title).not.toMatch(/\b(?:warned|that|the|of|in|between)$/);
    expect(title).toContain('John Kirby warned that');
  });

  it('prefers the end of a clause at a comma to a longer cut before a participle', () => {
    const title = titleFrom(
      'Russian and Syrian warplanes pounded rebel-held areas of Idlib province for a third day on Wednesday, killing at least 14 civilians, according to rescuers and a war monitor.',
    );
    expect(title).toBe('Russian and Syrian warplanes pounded rebel-held areas of Idlib province for a third day on Wednesday');
  });

  it('leaves no quotation mark open', () => {
    const title = titleFrom(`The minister said that “${'the partnership is deep and growing in every field '.repeat(3)}” on Monday.`);
    expect((title.match(/“/g) ?? []).length).toBe((title.match(/”/g) ?? []).length);
  });
});
