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

describe('cluster-stories: story features', () => {
  const wheat = 'Wheat prices fell in Chicago as rain improved the crop outlook for farmers in the Midwest and traders sold futures ahead of the harvest.';
  const football = 'The home side won the cup final 3-1 after extra time, with the captain scoring twice in front of a sold-out stadium on Saturday night.';

  it('links independent reports that share no sentence and no person, only the systems, place, numbers and day of the event', () => {
    const a = draft('a', 'Russian Tu-22M3 bombers took off from the Hamadan air base in western Iran on August 16 and destroyed five ammunition depots near Aleppo and Idlib, the defence ministry in Moscow announced. Three command posts near Deir ez-Zor were also hit, and flight times fell by 60 percent.');
    const b = draft('b', 'Long-range Tupolev-22M3 bombers flying out of Hamadan, an air base in Iran, destroyed five ammunition depots around Aleppo and Idlib on 16 August, according to a statement from the defence ministry in Moscow. The raid, which cut flight times by 60 percent, also struck three command posts close to Deir ez-Zor.');
    clusterStories([a, b, draft('c', wheat), draft('d', football)]);
    expect(b.story).toBe(a.story);
  });

  it('keeps a later development apart when it repeats the first report word for word as background', () => {
    const passage = 'The deployment lets Russian crews cut their flight times to Syria by sixty percent, Syrian President Bashar al-Assad said, and it gives the bombers room for a full load of munitions on every sortie.';
    const first = draft('first', `Russian bombers flew from an air base near Hamadan in Iran to strike targets in Syria for the first time, the defence ministry said. ${passage}`);
    const later = draft(
      'later',
      `Iran said that Russia had stopped using the air base near Hamadan, after its defence minister accused Moscow of showing off and betraying trust by making the arrangement public.\n\nThe foreign ministry spokesman said the operation was temporary, that no agreement had been signed and that Russia had no base in the country, which forbids foreign bases in its constitution. Lawmakers in the capital had questioned the arrangement all week, and several of them asked the government to explain who had approved it and for how long.\n\n${passage}`,
    );
    clusterStories([first, later, draft('c', wheat), draft('d', football)]);
    expect(later.story).not.toBe(first.story);
  });

  it('keeps apart two reports whose leads name days a week apart, however much they share', () => {
    const passage = 'Lieutenant General Alexus Grynkewich said modified Iranian drones used by Moscow in Ukraine could feed back to Iran and to its partners in Syria.';
    const a = draft('a', `On August 16 the commander spoke in Abu Dhabi. ${passage}`);
    const b = draft('b', `On August 24 the commander spoke in Abu Dhabi again. ${passage}`);
    clusterStories([a, b]);
    expect(b.story).not.toBe(a.story);
  });
});
