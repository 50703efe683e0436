import { describe, expect, it } from 'vitest';
import { articleRecord, entityRecord, topicRecord } from '../../src/lib/search/index-record.ts';
import type { ArticleFrontMatter } from '../../src/schema/article.ts';

const article: ArticleFrontMatter = {
  title: 'Kirby warns of S-400 deal',
  slug: 'kirby-warns',
  date: '2022-12',
  datePrecision: 'month',
  dateEvidence: 'December 2022',
  lang: 'en',
  dir: 'ltr',
  source: 'All Arab News',
  author: null,
  agency: null,
  topics: ['s-400', 'drones'],
  entities: [
    { id: 'john-kirby', name: 'John Kirby', type: 'person' },
    { id: 's-400', name: 'S-400', type: 'system' },
  ],
  quotes: [
    { speaker: 'John Kirby', speakerId: 'john-kirby', text: 'Support is flowing both ways.' },
    { speaker: 'John Kirby', speakerId: 'john-kirby', text: 'Again.' },
    { speaker: 'an unnamed official', text: 'We are watching.' },
  ],
  claims: [],
  story: 'kirby-warns',
  summary: 'Kirby warned.',
  sourceFile: 'seeds/x.txt',
  removed: [],
};
const topics = new Map([['s-400', 'S-400'], ['drones', 'Drones']]);

describe('what the index learns about a page', () => {
  it('files an article under its topics by title, entities, named speakers, outlet and year', () => {
    expect(articleRecord(article, topics).filters).toEqual({
      type: ['Article'],
      topic: ['S-400', 'Drones'],
      entity: ['John Kirby', 'S-400'],
      speaker: ['John Kirby'],
      outlet: ['All Arab News'],
      year: ['2022'],
      language: ['English'],
    });
  });

  it('files an article in another language under its language, and says so to the result list', () => {
    const record = articleRecord({ ...article, lang: 'fa', dir: 'rtl' }, topics);
    expect(record.filters.language).toEqual(['Persian']);
    expect(record.meta).toMatchObject({ lang: 'fa', dir: 'rtl', entities: 'John Kirby, S-400' });
    expect(articleRecord(article, topics).meta.lang).toBeUndefined();
  });

  it('keeps the partial date and its precision as metadata and as the sort key', () => {
    const record = articleRecord(article, topics);
    expect(record.meta).toMatchObject({ date: '2022-12', precision: 'month', outlet: 'All Arab News', entities: 'John Kirby, S-400' });
    expect(record.sort).toEqual({ date: '2022-12' });
  });

  it('gives an undated, unattributed article no year or outlet, and sorts it last', () => {
    const record = articleRecord({ ...article, date: null, datePrecision: null, dateEvidence: null, source: null }, topics);
    expect(record.filters.year).toBeUndefined();
    expect(record.filters.outlet).toBeUndefined();
    expect(record.sort).toEqual({ date: '0000' });
  });

  it('files an entity page under its type and its own name, and a topic page under its title', () => {
    expect(entityRecord({ name: 'John Kirby', type: 'person' }).filters).toEqual({ type: ['Person'], entity: ['John Kirby'] });
    expect(topicRecord({ title: 'S-400' }).filters).toEqual({ type: ['Topic'], topic: ['S-400'] });
  });
});
