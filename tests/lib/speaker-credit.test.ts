// A quotation's speaker label is shown only when the words beside the quotation do not already name them.
import { describe, expect, it } from 'vitest';
import { namedBeside } from '../../src/loaders/speaker-credit.ts';
import { renderBody } from '../../src/loaders/render-body.ts';

describe('speaker labels', () => {
  it.each([
    ['a description right after the quotation', 'a naval officer', 'The exercise ended. ', ', a naval officer told reporters on Monday.', true],
    ['a surname after the quotation', 'Lena Marsh', '', ', Marsh said.', true],
    ['the attribution before the quotation', 'Lena Marsh', 'Lena Marsh said on Friday: ', '.', true],
    ['the attribution in another sentence', 'Lena Marsh', 'Lena Marsh spoke first. Then came the reply: ', '.', false],
    ['another person named beside it', 'Lena Marsh', '', ', Tom Reyes said.', false],
    ['a pronoun', 'Lena Marsh', '', ', she said.', false],
    ['a word of the description only', 'a naval officer', '', ', an officer said.', false],
  ])('%s', (_case, speaker, before, after, expected) => {
    expect(namedBeside(speaker, before, after)).toBe(expected);
  });

  it('render without the label when the attribution names the speaker, with it otherwise', () => {
    const body = [
      '<Quote speaker="a naval officer">“The drills will go on for a week”</Quote>, a naval officer told reporters.',
      '',
      'He went on. <Quote speaker="a naval officer">“Nothing will change our course”</Quote>.',
      '',
    ].join('\n');
    const html = renderBody(body, { base: '/', entities: [] });
    expect(html.match(/class="quote-speaker"/g)).toHaveLength(1);
    expect(html).toMatch(/Nothing will change our course” <span class="quote-speaker"/);
  });
});
