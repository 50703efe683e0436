import { describe, expect, it } from 'vitest';
import { runText } from './run-text.ts';

const topicsOf = (text: string) => runText(text).topics;
const filler = (n: number) => Array.from({ length: n }, (_, i) => `Paragraph ${i + 1} describes the weather, markets and football results of the week in some detail.`).join('\n\n');

describe('tag-topics', () => {
  it('counts UAV, Shahed, Geran, Mohajer and unmanned as evidence of drones', () => {
    expect(topicsOf('Russia fired Shahed and Geran craft overnight.\n\nThe Mohajer UAV and other unmanned aircraft were shown in Tehran.')).toEqual(['drones']);
  });

  it('counts Sukhoi and fighter jets for the Su-35, Assad and Damascus for Syria', () => {
    expect(topicsOf('Iran expects Sukhoi fighter jets from Russia this year, officials said.\n\nPilots trained on the jets in Russia.')).toEqual(['su-35']);
    expect(topicsOf('Assad met Iranian envoys in Damascus on Monday.\n\nThe talks covered reconstruction.')).toEqual(['syria']);
  });

  it('counts "air defense system" for the S-400 only near "S-400"', () => {
    expect(topicsOf('Israel said its Iron Dome air defense system stopped the rockets.\n\nThe air defense system has been upgraded.')).toEqual([]);
    expect(topicsOf('Russia may sell the S-400 to Iran.\n\nThe air defense system would protect nuclear sites.')).toEqual(['s-400']);
  });

  it('does not tag an article that mentions a topic once in passing', () => {
    expect(topicsOf(`${filler(3)}\n\nA drone was seen over the stadium.\n\n${filler(3)}`)).toEqual([]);
  });

  it('asks more evidence of a long article than of a short one', () => {
    const evidence = 'Officials discussed Syria and the Syrian army.';
    expect(topicsOf(`${evidence}\n\nNothing else happened.`)).toEqual(['syria']);
    expect(topicsOf(`${filler(12)}\n\n${evidence}\n\n${filler(12)}`)).toEqual([]);
  });
});
