// What the seeds must give (issue #3), read off the raw seed texts: dates, credits, topics, quotations and
// their speakers, people the gazetteer lacks, claims, stories.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ingest } from '../../src/pipeline/ingest.ts';
import type { ArticleFrontMatter } from '../../src/schema/article.ts';
import { parseMdx } from '../helpers/mdx-text.ts';

const result = ingest({ inputs: ['seeds'], contentDir: 'content' });
const seeds = new Map(
  result.articles.map((a) => {
    const parsed = parseMdx(a.mdx);
    return [path.basename(a.sourceFile).slice(0, 3), { data: parsed.data as unknown as ArticleFrontMatter, text: parsed.text }];
  }),
);
const seed = (n: string) => seeds.get(n)!;
const speakersOf = (n: string) => new Set(seed(n).data.quotes.map((q) => q.speaker));
const quoteStarting = (n: string, start: string) => seed(n).data.quotes.find((q) => q.text.startsWith(start));
const entity = (n: string, name: string) => seed(n).data.entities.find((e) => e.name === name);
const gazetteerNames = fs
  .readdirSync('content/entities')
  .flatMap((f) => parse(fs.readFileSync(path.join('content/entities', f), 'utf8')) as Array<{ name: string; aliases?: string[] }>)
  .flatMap((e) => [e.name, ...(e.aliases ?? [])]);

describe('seed 000', () => {
  it('is about drones and Syria', () => expect(seed('000').data.topics).toEqual(['drones', 'syria']));
  it('has the quotations of Alexus Grynkewich, the split one included', () => {
    expect(quoteStarting('000', 'Modified Iranian drones')?.speaker).toBe('Alexus Grynkewich');
    expect(quoteStarting('000', 'I think there')?.speaker).toBe('Alexus Grynkewich');
    expect(quoteStarting('000', 'I see the implications')?.speaker).toBe('Alexus Grynkewich');
  });
  it('is the same story as seed 001, whose date it takes with evidence saying so', () => {
    expect(seed('000').data.story).toBe(seed('001').data.story);
    expect(seed('000').data.date).toBe('2023-09-20');
    expect(seed('000').data.dateEvidence).toMatch(/^story date, from seeds\/001_/);
  });
  it('holds the allegation and its rejection as claims', () => {
    const claims = seed('000').data.claims;
    expect(claims).toContainEqual(expect.objectContaining({ stance: 'allege', holder: 'the US and its allies', paragraph: 3 }));
    expect(claims).toContainEqual(expect.objectContaining({ stance: 'deny', holder: 'Both Tehran and Moscow', paragraph: 3 }));
  });
});

describe('seed 001', () => {
  it('is dated 2023-09-20 from "Wednesday, September 20"', () => {
    const { data } = seed('001');
    expect([data.date, data.datePrecision, data.dateEvidence]).toEqual(['2023-09-20', 'day', 'Wednesday, September 20']);
  });
  it('is by Khalil Wakim with AFP', () => expect([seed('001').data.author, seed('001').data.agency]).toEqual(['Khalil Wakim', 'AFP']));
  it('is about drones and Syria', () => expect(seed('001').data.topics).toEqual(['drones', 'syria']));
  it('takes no scare quote for a quotation', () => {
    for (const word of ['burgeoning', 'growing', 'Mohajer-10', 'advisers']) {
      expect(seed('001').data.quotes.some((q) => q.text.includes(word))).toBe(false);
    }
  });
  it('sets Washington\'s accusation beside Tehran\'s denial', () => {
    const claims = seed('001').data.claims.filter((c) => c.paragraph === 5);
    expect(claims.map((c) => [c.stance, c.holder])).toEqual([
      ['allege', 'Washington'],
      ['deny', 'Tehran'],
    ]);
  });
});

describe('seed 002', () => {
  it('is about drones, with no date', () => {
    expect(seed('002').data.topics).toEqual(['drones']);
    expect(seed('002').data.date).toBeNull();
  });
  it('has quotations by Lloyd Austin, William Burns and Nasser Kanaani', () => {
    for (const name of ['Lloyd Austin', 'William Burns', 'Nasser Kanaani']) expect(speakersOf('002')).toContain(name);
    expect(quoteStarting('002', 'Iranian and Russian technological cooperation')?.speaker).toBe('Nasser Kanaani');
    expect(quoteStarting('002', 'It’s true that the Russians')?.speaker).toBe('William Burns');
  });
  it('finds Nasser Kanaani, whom the gazetteer lacks, with his role', () => {
    expect(gazetteerNames).not.toContain('Nasser Kanaani');
    expect(entity('002', 'Nasser Kanaani')).toMatchObject({ type: 'person', role: 'Iran’s foreign ministry spokesman' });
  });
  it('merges "Gen Milley" and "Austin" into the full names met earlier', () => {
    const { data } = seed('002');
    expect(data.entities.filter((e) => /Milley|Austin/.test(e.name)).map((e) => e.name)).toEqual(['Lloyd Austin', 'Mark Milley']);
    expect(entity('002', 'Mark Milley')?.role).toBe('Chairman of the Joint Chiefs of Staff');
  });
  it('removes the programme list at the end', () => {
    for (const line of ['Media Review (View of the Day)', 'News - Night', '24 with Fardad']) expect(seed('002').data.removed).toContain(line);
  });
});

describe('seed 003', () => {
  it('is from Global Defense Corp, dated by its copyright year', () => {
    const { data } = seed('003');
    expect([data.source, data.date, data.datePrecision]).toEqual(['Global Defense Corp', '2022', 'year']);
  });
  it('is about drones', () => expect(seed('003').data.topics).toEqual(['drones']));
  it('removes the copyright block and the comment prompt', () => {
    expect(seed('003').data.removed.some((r) => r.startsWith('© 2022, GDC.'))).toBe(true);
    expect(seed('003').data.removed).toContain('Be the first to comment');
  });
  it('has a quotation by an unnamed US official', () => {
    expect(quoteStarting('003', 'During the last several weeks')?.speaker).toBe('an unnamed US official');
  });
});

describe('seed 004', () => {
  it('is dated 2022-12-14 from All Arab News', () => {
    const { data } = seed('004');
    expect([data.date, data.datePrecision, data.source]).toEqual(['2022-12-14', 'day', 'All Arab News']);
  });
  it('is about drones, the S-400 and the Su-35', () => expect(seed('004').data.topics).toEqual(['drones', 's-400', 'su-35']));
  it('keeps no date stamp in the body', () => expect(seed('004').text).not.toContain('date 2022-12-14'));
  it('has a title that does not stop on a dangling verb', () => {
    expect(seed('004').data.title).not.toMatch(/\b(?:warned|said|that|the)$/);
    expect(seed('004').data.title.length).toBeLessThanOrEqual(120);
  });
  it('gives each quotation to its speaker', () => {
    expect(quoteStarting('004', 'Russia is seeking to collaborate')?.speaker).toBe('John Kirby');
    expect(quoteStarting('004', 'If Russia decides to provide Iran with S-400')?.speaker).toBe('Ruslan Pukhov');
    expect(quoteStarting('004', 'may begin receiving the aircraft')?.speaker).not.toBe('John Kirby');
  });
  it('finds Ruslan Pukhov, whom the gazetteer lacks, with his role', () => {
    expect(gazetteerNames).not.toContain('Ruslan Pukhov');
    expect(entity('004', 'Ruslan Pukhov')?.role).toMatch(/^Head of the Center of Analysis of Strategies and Technologies/);
  });
  it('numbers quotations and claims by the paragraph that holds them', () => {
    const { data, text } = seed('004');
    const paragraphs = text.split('\n');
    for (const item of [...data.quotes, ...data.claims]) expect(paragraphs[item.paragraph! - 1]).toContain(item.text.slice(0, 40));
  });
});

describe('seed 000 and 001 people', () => {
  it('finds Alexus Grynkewich, whom the gazetteer lacks, with the role his apposition gives', () => {
    expect(gazetteerNames).not.toContain('Alexus Grynkewich');
    expect(entity('000', 'Alexus Grynkewich')?.role).toBe('Commander of the US Ninth Air Force');
  });
});
