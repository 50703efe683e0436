// The briefing index built once from plain records: entities merged with the gazetteer, stories and what each
// article adds, related articles, topic digests, the timeline and the sources.
import { describe, expect, it } from 'vitest';
import { buildBriefing } from '../../src/lib/briefing/build.ts';
import { latestDevelopments } from '../../src/lib/briefing/developments.ts';
import { distinctQuotes } from '../../src/lib/briefing/quotes.ts';
import { sentenceScorer } from '../../src/lib/briefing/topics.ts';
import { article, person, place, system, topic } from './records.ts';

const putin = person('vladimir-putin', 'Putin');
const kirby = person('john-kirby', 'John Kirby');
const iran = place('iran', 'Iran');
const s400 = system('s-400', 'S-400');
const gazetteer = [{ id: 'vladimir-putin', name: 'Vladimir Putin', type: 'person' as const, aliases: [], role: 'President of Russia', description: 'President of Russia since 2012.' }];

describe('entities', () => {
  const b = buildBriefing({
    articles: [
      article('a', { date: '2023-01-05', entities: [putin, iran], text: ['Putin met officials from Iran.', 'Putin spoke again.'] }),
      article('b', { date: '2023-02-01', entities: [kirby, iran], text: ['John Kirby said Iran helps.'], quotes: [{ speaker: 'John Kirby', speakerId: 'john-kirby', text: 'flowing both ways' }] }),
    ],
    topics: [],
    gazetteer,
  });

  it('take name, role and description from the gazetteer when the editors know them', () => {
    expect(b.entities.byId.get('vladimir-putin')).toMatchObject({ name: 'Vladimir Putin', role: 'President of Russia', description: 'President of Russia since 2012.', known: true });
  });

  it('keep what the article says of a discovered entity, with no description', () => {
    const found = b.entities.byId.get('john-kirby')!;
    expect(found).toMatchObject({ name: 'John Kirby', known: false });
    expect(found.description).toBeUndefined();
  });

  it('group every mention by article, newest article first, with its sentences', () => {
    expect(b.entities.mentions.get('iran')!.map((g) => [g.article.id, g.sentences.map((s) => s.paragraph)])).toEqual([['b', [1]], ['a', [1]]]);
    expect(b.entities.mentions.get('vladimir-putin')![0]!.sentences.map((s) => s.text)).toEqual(['Putin met officials from Iran.', 'Putin spoke again.']);
    expect(b.entities.byId.get('vladimir-putin')).toMatchObject({ articleCount: 1, mentionCount: 2 });
  });

  it('count co-mentions by shared articles and file quotations under their speaker', () => {
    expect(b.entities.coMentions.get('iran')!.map((c) => [c.item.id, c.count])).toEqual([['john-kirby', 1], ['vladimir-putin', 1]]);
    expect(b.entities.quotesBySpeaker.get('john-kirby')!.map((q) => q.quote.text)).toEqual(['flowing both ways']);
  });
});

describe('stories', () => {
  const b = buildBriefing({
    articles: [
      article('late', { story: 's', date: '2023-03-02', source: 'Outlet B', entities: [iran, s400], text: ['Iran will receive the S-400 next year, officials in Moscow said.', 'Deliveries could start in the spring once crews finish training.'] }),
      article('early', { story: 's', date: '2023-03-01', source: 'Outlet A', entities: [iran], text: ['Iran will receive the S-400 next year, officials said.'] }),
      article('undated', { story: 's', source: 'Outlet A', entities: [iran], text: ['Officials said Iran will receive the S-400 next year.'] }),
      article('alone', { date: '2023-04-01' }),
    ],
    topics: [],
    gazetteer: [],
  });
  const story = b.storyById.get('s')!;

  it('list their articles in the order the story unfolded, undated last, led by the first', () => {
    expect(story.articles.map((a) => a.id)).toEqual(['early', 'late', 'undated']);
    expect(story.lead.id).toBe('early');
    expect(story.latest).toBe('2023-03-02');
  });

  it('count coverage by outlet', () => {
    expect(story.outlets).toEqual([{ item: 'Outlet A', count: 2 }, { item: 'Outlet B', count: 1 }]);
  });

  it('say what an article adds: names and sentences the others lack', () => {
    const adds = story.adds.get('late')!;
    expect(adds.entities.map((e) => e.id)).toEqual(['s-400']);
    expect(adds.sentences.map((s) => s.paragraph)).toEqual([2]);
    expect(story.adds.get('early')!.sentences).toEqual([]);
  });

  it('add nothing to a story of one article, and sort stories newest first', () => {
    expect(b.storyById.get('alone')!.adds.size).toBe(0);
    expect(b.stories.map((s) => s.id)).toEqual(['alone', 's']);
  });
});

describe('related articles', () => {
  const shared = person('rare-person', 'Rare Person');
  const b = buildBriefing({
    articles: [
      article('x', { story: 'one', entities: [shared, iran], topics: ['t'] }),
      article('same-story', { story: 'one', entities: [shared] }),
      article('y', { story: 'two', entities: [shared], topics: ['t'] }),
      article('z', { story: 'three', entities: [iran] }),
      article('nothing', { story: 'four' }),
    ],
    topics: [topic('t')],
    gazetteer: [],
  });

  it('rank other stories by shared people over shared places, never the same story', () => {
    expect(b.related.get('x')!.map((a) => a.id)).toEqual(['y', 'z']);
    expect(b.related.get('nothing')).toEqual([]);
  });
});

describe('topic digests', () => {
  const b = buildBriefing({
    articles: [
      article('n', { date: '2023-05-01', topics: ['drones'], entities: [kirby], text: ['Officials met.', 'John Kirby said Shahed drones reached Russia.'], claims: [{ stance: 'deny', holder: 'Tehran', text: 'no drones sent', paragraph: 2 }] }),
      article('o', { date: '2023-04-01', topics: ['drones', 'syria'], text: ['Nothing on the subject.'], claims: [{ stance: 'allege', holder: 'Kyiv', text: 'drones were used', paragraph: 1 }] }),
    ],
    topics: [topic('drones', { drones: 1, Shahed: 2 }, ['s-400']), topic('syria'), topic('s-400')],
    gazetteer: [],
  });
  const d = b.topicDigests.get('drones')!;

  it('pick the sentence of each article that says most about the topic, skipping articles with none', () => {
    expect(d.keySentences.map((k) => [k.article.id, k.sentence.paragraph])).toEqual([['n', 2]]);
  });

  it('list a sentence repeated word for word in several articles once, taking the next best of the others', () => {
    const wire = 'Shahed drones reached Russia, officials said.';
    const r = buildBriefing({
      articles: [
        article('first', { date: '2023-02-01', topics: ['drones'], text: [wire] }),
        article('copy', { date: '2023-01-01', topics: ['drones'], text: [wire, 'More drones were seen.'] }),
      ],
      topics: [topic('drones', { drones: 1, Shahed: 2 })],
      gazetteer: [],
    });
    expect(r.topicDigests.get('drones')!.keySentences.map((k) => [k.article.id, k.sentence.text])).toEqual([['first', wire], ['copy', 'More drones were seen.']]);
  });

  it('put allegations beside denials', () => {
    expect(d.allegations.map((c) => c.claim.holder)).toEqual(['Kyiv']);
    expect(d.denials.map((c) => c.claim.holder)).toEqual(['Tehran']);
  });

  it('list the declared related topics first, then those sharing articles', () => {
    expect(d.related.map((r) => [r.item.id, r.count])).toEqual([['s-400', 0], ['syria', 1]]);
    expect(d.actors.map((a) => a.item.id)).toEqual(['john-kirby']);
  });
});

describe('timeline and sources', () => {
  const b = buildBriefing({
    articles: [
      article('d1', { date: '2022-12-14', source: 'A', author: 'Jane Doe' }),
      article('d2', { date: '2022-12', source: 'A' }),
      article('y', { date: '2022', source: 'B', agency: 'AFP' }),
      article('m', { date: '2023-01-02' }),
      article('u', {}),
    ],
    topics: [],
    gazetteer: [],
  });

  it('groups by year then month, newest first, year-only dates last in their year, undated apart', () => {
    expect(b.timeline.years.map((y) => [y.year, y.months.map((m) => [m.month, m.articles.map((a) => a.id)])])).toEqual([
      ['2023', [['2023-01', ['m']]]],
      ['2022', [['2022-12', ['d1', 'd2']], [null, ['y']]]],
    ]);
    expect(b.timeline.undated.map((a) => a.id)).toEqual(['u']);
  });

  it('counts outlets, authors and agencies', () => {
    expect(b.sources.outlets.map((o) => [o.name, o.count, o.latest])).toEqual([['A', 2, '2022-12-14'], ['B', 1, '2022']]);
    expect(b.sources.authors.map((o) => [o.name, o.with])).toEqual([['Jane Doe', ['A']]]);
    expect(b.sources.agencies.map((o) => [o.name, o.with])).toEqual([['AFP', ['B']]]);
    expect(b.sources.unattributed).toBe(2);
  });
});

describe('latest developments', () => {
  const b = buildBriefing({
    articles: [
      article('s1-new', { story: 's1', date: '2023-06-20' }),
      article('s1-same-week', { story: 's1', date: '2023-06-18' }),
      article('s2', { story: 's2', date: '2023-06-10' }),
      article('s1-month-earlier', { story: 's1', date: '2023-05-01' }),
      article('s1-undated', { story: 's1' }),
    ],
    topics: [],
    gazetteer: [],
  });

  it('show the newest article of each story, and a story again only when it moves on weeks later', () => {
    expect(latestDevelopments(b.articles, b.storyById, 10).map((d) => d.article.id)).toEqual(['s1-new', 's2', 's1-month-earlier']);
    expect(latestDevelopments(b.articles, b.storyById, 2).map((d) => d.article.id)).toEqual(['s1-new', 's2']);
  });
});

describe('quotations', () => {
  it('list the same words from the same speaker once, from the first article carrying them', () => {
    const q = (text: string) => ({ speaker: 'Lloyd Austin', speakerId: 'lloyd-austin', text });
    const b = buildBriefing({
      articles: [
        article('a', { date: '2023-02-01', entities: [person('lloyd-austin', 'Lloyd Austin')], quotes: [q('A really bad idea.')] }),
        article('b', { date: '2023-01-01', entities: [person('lloyd-austin', 'Lloyd Austin')], quotes: [q('“a really bad idea”'), q('Something else')] }),
      ],
      topics: [],
      gazetteer: [],
    });
    expect(distinctQuotes(b.entities.quotesBySpeaker.get('lloyd-austin')!).map((r) => [r.article.id, r.quote.text])).toEqual([['a', 'A really bad idea.'], ['b', 'Something else']]);
  });
});

describe('key sentence scoring', () => {
  it('counts a term that must stand near another only when that one is in the sentence', () => {
    const score = sentenceScorer({ 'S-400': 2, 'air defense system': { weight: 1, near: ['S-400'] } }, new Map());
    const sentence = (text: string) => ({ paragraph: 1, text, mentions: [] });
    expect(score(sentence('The S-400 is an air defense system.'))).toBe(3);
    expect(score(sentence('Israel tested its air defense system.'))).toBe(0);
  });
});
