import { describe, expect, it } from 'vitest';
import { paragraphHits } from '../../src/lib/search/paragraph-hits.ts';

// Word positions: 0-1 title, 2-4 first paragraph (#p1), 5-8 second (#p2), 9-11 third (#p3).
const content = 'Title words first para here second para with more third one end';
const anchors = [
  { element: 'h1', id: 'title', location: 0 },
  { element: 'p', id: 'p1', location: 2 },
  { element: 'p', id: 'p2', location: 5 },
  { element: 'p', id: 'p3', location: 9 },
];

describe('paragraph sub-results', () => {
  it('groups hits by the paragraph they fall in, in reading order', () => {
    const hits = paragraphHits({ content, anchors, locations: [10, 3, 6] });
    expect(hits.map((h) => [h.id, h.hits])).toEqual([['p1', 1], ['p2', 1], ['p3', 1]]);
  });

  it('keeps only the paragraphs with the most hits', () => {
    const hits = paragraphHits({ content, anchors, locations: [2, 5, 6, 7, 9, 10] }, { max: 2 });
    expect(hits.map((h) => [h.id, h.hits])).toEqual([['p2', 3], ['p3', 2]]);
  });

  it('leaves out hits before the first paragraph (title, summary)', () => {
    expect(paragraphHits({ content, anchors, locations: [0, 1] })).toEqual([]);
  });

  it('marks the hit words of an excerpt cut from the paragraph alone', () => {
    const [hit] = paragraphHits({ content, anchors, locations: [6] });
    expect(hit).toEqual({ id: 'p2', hits: 1, excerpt: 'second <mark>para</mark> with more' });
  });

  it('cuts a long paragraph around its first hit, with ellipses where it is cut', () => {
    const words = Array.from({ length: 40 }, (_, i) => `w${i}`);
    const [hit] = paragraphHits({ content: words.join(' '), anchors: [{ id: 'p1', location: 0 }], locations: [20] }, { length: 6 });
    expect(hit?.excerpt).toBe('… w18 w19 <mark>w20</mark> w21 w22 w23 …');
  });

  it('escapes the page text it quotes', () => {
    const [hit] = paragraphHits({ content: 'a <b>x</b> & "q"', anchors: [{ id: 'p1', location: 0 }], locations: [0] });
    expect(hit?.excerpt).toBe('<mark>a</mark> &lt;b&gt;x&lt;/b&gt; &amp; &quot;q&quot;');
  });
});
