import { describe, expect, it } from 'vitest';
import { clusterStories } from '../../src/pipeline/cluster-stories.ts';
import { runText } from './run-text.ts';
import type { Draft } from '../../src/pipeline/types.ts';

const shared =
  'Modified Iranian drones used by Moscow in its war in Ukraine could feed back to Iran, which in turn may employ them in its campaign to prop up the government in Damascus, Lieutenant General Alexus Grynkewich told a briefing in Abu Dhabi.';
const background =
  'Iran and Russia have strengthened their defense partnership in recent years, and Western governments have imposed sanctions on both countries over the war in Ukraine and the supply of drones.';

function draft(slug: string, text: string, date?: string): Draft {
  const d = runText(text);
  d.slug = slug;
  if (date) d.date = { date, precision: 'day', evidence: date };
  return d;
}

describe('cluster-stories', () => {
  it('puts two reports of one event (a shared passage, the same person) in one story, named for the earliest, and dates the undated one', () => {
    const a = draft('first', `The US commander warned of growing ties between Iran and Russia. ${shared} He spoke to reporters.`, '2023-09-20');
    const b = draft('second', `An American general raised alarm about drone technology. ${shared} Iran denies supplying drones.`);
    const c = draft('other', 'Wheat prices fell in Chicago as rain improved the crop outlook for farmers in the Midwest and traders sold futures.');
    clusterStories([a, b, c]);
    expect(b.story).toBe('first');
    expect(a.story).toBe('first');
    expect(c.story).toBe('other');
    expect(b.date).toEqual({ date: '2023-09-20', precision: 'day', evidence: 'story date, from article.txt: 2023-09-20' });
  });

  it('keeps apart articles that share only a background paragraph', () => {
    const a = draft('a', `Israel struck a depot near Damascus on Monday, the army said. ${background} Officials gave no details.`);
    const b = draft('b', `Ukraine shot down eleven drones over Odesa overnight, the air force said. ${background} Power was cut.`);
    clusterStories([a, b]);
    expect(a.story).not.toBe(b.story);
  });

  it('keeps apart articles that share wording but are dated weeks apart', () => {
    const a = draft('a', `${shared} First report.`, '2023-01-02');
    const b = draft('b', `${shared} Second report.`, '2023-03-02');
    clusterStories([a, b]);
    expect(a.story).not.toBe(b.story);
  });

  it('gives the same stories whatever the order of the input', () => {
    const make = () => [draft('x', `${shared} One.`), draft('y', `${shared} Two.`), draft('z', 'Something else entirely about markets and crops in Brazil this year.')];
    const forward = make();
    const backward = make().reverse();
    clusterStories(forward);
    clusterStories(backward);
    expect(forward.map((d) => d.story)).toEqual(['x', 'x', 'z']);
    expect(backward.map((d) => d.story)).toEqual(['z', 'x', 'x']);
  });
});
