// An editor's front-matter wins over everything ingestion infers, key by key.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { article, ingestFiles } from './helpers.ts';

const SEED = fs.readFileSync('seeds/001_69ef2285658f99c2.txt', 'utf8');
const inferred = article(ingestFiles({ 'wire.txt': SEED }), 'wire.txt').data;

const OVERRIDES = {
  title: 'Air force commander warns of Iran–Russia drone ties',
  slug: 'grynkewich-warns-drone-ties',
  date: '2023-09-21',
  source: 'Example News',
  author: 'Jane Doe',
  agency: 'Reuters',
  story: 'abu-dhabi-briefing',
  summary: 'A US general says drone technology flows between Iran and Russia.',
};

describe('front-matter overrides', () => {
  const front = ['---', ...Object.entries(OVERRIDES).map(([k, v]) => `${k}: "${v}"`), 'topics: [su-35]', 'removeTopics: [drones]', '---', ''].join('\n');
  const result = ingestFiles({ 'edited.md': front + SEED });
  const { data } = article(result, 'edited.md');

  it('differ from what ingestion infers from the same text (so the test can fail)', () => {
    for (const [key, value] of Object.entries(OVERRIDES)) expect(inferred[key], key).not.toBe(value);
    expect(inferred.topics).toContain('drones');
    expect(inferred.topics).not.toContain('su-35');
  });

  it.each(Object.keys(OVERRIDES))('%s: the editor\'s value wins', (key) => {
    expect(data[key]).toBe(OVERRIDES[key as keyof typeof OVERRIDES]);
  });

  it('adds the topics listed and removes the ones in removeTopics', () => {
    expect(data.topics).toContain('su-35');
    expect(data.topics).not.toContain('drones');
    for (const t of (inferred.topics as string[]).filter((t) => t !== 'drones')) expect(data.topics).toContain(t);
  });

  it('dates the article as precisely as the editor wrote it, with the front-matter as evidence', () => {
    expect(data.datePrecision).toBe('day');
    expect(data.dateEvidence).toBe('front-matter');
    const year = article(ingestFiles({ 'year.md': '---\ndate: 2023\n---\n' + SEED }), 'year.md').data;
    expect([year.date, year.datePrecision]).toEqual(['2023', 'year']);
  });

  it('leaves a raw .txt seed with no front-matter working as before', () => {
    expect(result.files.filter((f) => f.messages.some((m) => m.fatal))).toEqual([]);
    expect(inferred.title).toBeTruthy();
    expect(inferred.sourceFile).toBe('wire.txt');
  });
});
