// Reports of one event in English, Russian, Indonesian, Arabic and Persian (tests/fixtures/languages/stories,
// written for these tests) share one story through what the event is made of, never through words; a report
// in Russian of another event on the same day, sharing numbers and a country, stays apart, and so do the same
// facts weeks later.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { clusterStories } from '../../src/pipeline/cluster-stories.ts';
import { asciiNumber, crossLanguageLinks, eventFeatures } from '../../src/pipeline/story-across-languages.ts';
import type { Draft } from '../../src/pipeline/types.ts';
import { runText } from './run-text.ts';

const DIR = 'tests/fixtures/languages/stories';
const SAME_EVENT = ['en-su35-delivery', 'ru-su35-delivery', 'id-su35-delivery', 'ar-su35-delivery', 'fa-su35-delivery'];
const OTHERS = ['ru-shahed-strike', 'en-s400-turkey'];

function load(name: string): Draft {
  const d = runText(fs.readFileSync(path.join(DIR, `${name}.txt`)), {}, `${name}.txt`);
  d.slug = name;
  return d;
}

describe('stories across languages', () => {
  it('reads each fixture in its language and dates it to the day (the Persian one from the Solar Hijri calendar)', () => {
    const drafts = [...SAME_EVENT, ...OTHERS].map(load);
    expect(drafts.map((d) => d.lang)).toEqual(['en', 'ru', 'id', 'ar', 'fa', 'ru', 'en']);
    for (const d of drafts.slice(0, 5)) expect(d.date).toMatchObject({ date: '2024-03-12', precision: 'day' });
  });

  it('puts the five reports of one delivery in one story, and the other events in their own', () => {
    const drafts = [...SAME_EVENT, ...OTHERS].map(load);
    clusterStories(drafts);
    const story = drafts[0]!.story;
    expect(drafts.slice(0, 5).map((d) => d.story)).toEqual(Array(5).fill(story));
    expect(drafts[5]!.story).toBe('ru-shahed-strike');
    expect(drafts[6]!.story).toBe('en-s400-turkey');
  });

  it('keeps the pair whatever later days the English text names, which the Russian one names in words read by no English rule', () => {
    const [en, ru] = ['en-su35-delivery', 'ru-su35-delivery'].map(load);
    en!.blocks.push({ ...en!.blocks[en!.blocks.length - 1]!, text: 'Deliveries resume after the Iranian new year on March 21 and run until June 30, officials said.', spans: [] });
    clusterStories([en!, ru!]);
    expect(ru!.story).toBe(en!.story);
  });

  it('links no report of the same facts dated weeks later, and none without a day', () => {
    const [en, ru] = ['en-su35-delivery', 'ru-su35-delivery'].map(load);
    ru!.date = { date: '2024-04-12', precision: 'day', evidence: 'test' };
    expect(crossLanguageLinks([en!, ru!]).size).toBe(0);
    ru!.date = { date: '2024-03', precision: 'month', evidence: 'test' };
    expect(crossLanguageLinks([en!, ru!]).size).toBe(0);
    ru!.date = { date: '2024-03-13', precision: 'day', evidence: 'test' };
    expect(crossLanguageLinks([en!, ru!]).size).toBe(1);
  });

  it('never links two articles of one language: those are the word-based similarity\'s', () => {
    const ru = load('ru-su35-delivery');
    const copy = load('ru-su35-delivery');
    copy.slug = 'copy';
    expect(crossLanguageLinks([ru, copy]).size).toBe(0);
  });

  it('reads numbers in Persian and Arabic-Indic digits as the same numbers, and leaves out the year and day of the date', () => {
    expect(['۲۴', '٢٤', '2,500', '٢٬٥٠٠', '۲٫۵'].map(asciiNumber)).toEqual(['24', '24', '2500', '2500', '2.5']);
    const keys = [...eventFeatures(load('fa-su35-delivery')).keys()];
    expect(keys).toEqual(expect.arrayContaining(['system:su-35', 'number:24', 'number:20']));
    expect(keys).not.toContain('number:2024');
  });
});
