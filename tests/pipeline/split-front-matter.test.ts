import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from '../../src/pipeline/split-front-matter.ts';

describe('splitFrontMatter (gray-matter with the yaml engine)', () => {
  it('reads the YAML as data and keeps the body line', () => {
    const split = splitFrontMatter('---\ntitle: Su-35 deliveries\ndate: 2024-03-02\ntopics: [su-35]\n---\nFirst paragraph.\n');
    expect(split.data).toEqual({ title: 'Su-35 deliveries', date: '2024-03-02', topics: ['su-35'] });
    expect(split.body).toBe('First paragraph.\n');
    expect(split.bodyLine).toBe(6);
  });
  it('reads YAML 1.2 core: `no` is a string, not false', () => {
    expect(splitFrontMatter('---\nsource: no\n---\nx').data).toEqual({ source: 'no' });
  });
  it('treats a closing fence with trailing blanks as a fence, not body', () => {
    const split = splitFrontMatter('---  \ntitle: x\n---  \nbody');
    expect(split).toMatchObject({ yaml: 'title: x', body: 'body', bodyLine: 4 });
  });
  it('reads CRLF front-matter without carriage returns in values', () => {
    expect(splitFrontMatter('---\r\ntitle: a\r\n---\r\nbody').data).toEqual({ title: 'a' });
  });
  it('keeps invalid YAML as text for parse-yaml to report, with no data', () => {
    expect(splitFrontMatter('---\ntitle: [\n---\nb')).toMatchObject({ yaml: 'title: [', data: null, body: 'b', bodyLine: 4 });
  });
  it('says when a fence is never closed, and when there is none', () => {
    expect(splitFrontMatter('---\ntitle: a\nbody')).toMatchObject({ yaml: null, unclosed: true });
    expect(splitFrontMatter('no front-matter')).toMatchObject({ yaml: null, data: null, unclosed: false, bodyLine: 1 });
  });
  it('does not cache texts (gray-matter caches when called without options)', async () => {
    const matter = (await import('gray-matter')).default as unknown as { cache: Record<string, unknown> };
    splitFrontMatter('---\ntitle: cached?\n---\nbody');
    expect(Object.keys(matter.cache)).toHaveLength(0);
  });
});
