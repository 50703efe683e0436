// Fixture cases: tests/fixtures/articles/<case>/input.txt with expected.yaml naming the fields that case is
// about (written by hand from the input, never from the output). One test per case and field.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { visit } from 'unist-util-visit';
import { toString } from 'mdast-util-to-string';
import { ingest, hasErrors } from '../../src/pipeline/ingest.ts';
import type { ArticleFrontMatter } from '../../src/schema/article.ts';
import { parseMdx, squash } from '../helpers/mdx-text.ts';

const ROOT = 'tests/fixtures/articles';
const cases = fs.readdirSync(ROOT).filter((name) => fs.existsSync(path.join(ROOT, name, 'expected.yaml'))).sort();

interface Expected {
  title?: string;
  date?: string | null;
  datePrecision?: string | null;
  dateEvidence?: string | null;
  source?: string | null;
  author?: string | null;
  agency?: string | null;
  summary?: string;
  topics?: string[];
  removed?: string[];
  body?: string[];
  notInBody?: string[];
  captions?: string[];
  entities?: Array<{ name: string; type?: string; role?: string }>;
  notEntities?: string[];
  mentions?: Array<{ text: string; entity: string; count: number }>;
  quotes?: Array<{ start: string; speaker: string | null }>;
  noQuotes?: string[];
  notSpeakers?: string[];
  claims?: Array<{ stance: string; holder: string | null; paragraph?: number; start?: string }>;
  claimCount?: number;
}

/** Case, apostrophes and spacing do not matter when comparing names and quotations. */
const norm = (text: string | null | undefined): string => squash(String(text ?? '')).replace(/[’‘]/g, "'").toLowerCase();

function run(name: string) {
  const result = ingest({ inputs: [path.join(ROOT, name)], contentDir: 'content' });
  const article = result.articles[0];
  if (!article) throw new Error(`${name}: no article written (${result.files.flatMap((f) => f.messages.map((m) => m.reason)).join('; ')})`);
  const parsed = parseMdx(article.mdx);
  const captions: string[] = [];
  const mentions: Array<{ id: string; text: string }> = [];
  visit(parsed.tree, (node) => {
    const element = node as { type: string; name?: string; attributes?: Array<{ name: string; value: unknown }> };
    if (element.type === 'mdxJsxFlowElement' && element.name === 'Caption') captions.push(squash(toString(node)));
    if (element.type === 'mdxJsxTextElement' && element.name === 'Entity') {
      mentions.push({ id: String(element.attributes?.find((a) => a.name === 'id')?.value), text: toString(node) });
    }
  });
  return { data: parsed.data as unknown as ArticleFrontMatter, body: squash(parsed.text), captions, mentions, errors: result.files.filter(hasErrors) };
}

describe.each(cases)('fixture %s', (name) => {
  const expected = parse(fs.readFileSync(path.join(ROOT, name, 'expected.yaml'), 'utf8')) as Expected;
  const out = run(name);
  const { data } = out;

  it('ingests without errors', () => {
    expect(out.errors.map((f) => f.path)).toEqual([]);
  });

  for (const key of ['title', 'date', 'datePrecision', 'dateEvidence', 'source', 'author', 'agency', 'summary'] as const) {
    if (key in expected) it(`has ${key} ${JSON.stringify(expected[key])}`, () => expect(data[key]).toBe(expected[key]));
  }

  if (expected.topics) it(`has topics [${expected.topics.join(', ')}]`, () => expect([...data.topics].sort()).toEqual([...expected.topics!].sort()));

  if (expected.removed) {
    it('removes the boilerplate and records it', () => {
      for (const line of expected.removed!) {
        expect(data.removed).toContain(line);
        if (line.length > 12) expect(out.body).not.toContain(squash(line));
      }
    });
  }

  if (expected.body) it('keeps the article text', () => expected.body!.forEach((text) => expect(out.body).toContain(squash(text))));
  if (expected.notInBody) it('leaves page furniture out of the body', () => expected.notInBody!.forEach((text) => expect(out.body).not.toContain(text)));
  if (expected.captions) it('marks the captions', () => expected.captions!.forEach((c) => expect(out.captions).toContain(squash(c))));

  if (expected.entities) {
    it('finds the entities with their type and role', () => {
      for (const want of expected.entities!) {
        const found = data.entities.find((e) => norm(e.name) === norm(want.name));
        expect(found, `entity ${want.name} in ${data.entities.map((e) => e.name).join(', ')}`).toBeDefined();
        if (want.type) expect(found!.type).toBe(want.type);
        if (want.role) expect(norm(found!.role)).toBe(norm(want.role));
      }
    });
  }
  if (expected.notEntities) {
    it('lists no malformed names', () => {
      const names = data.entities.map((e) => norm(e.name));
      for (const name of expected.notEntities!) expect(names).not.toContain(norm(name));
    });
  }
  if (expected.mentions) {
    it('merges short mentions into the full name', () => {
      for (const m of expected.mentions!) expect(out.mentions.filter((x) => x.id === m.entity && x.text === m.text).length).toBe(m.count);
    });
  }

  if (expected.quotes) {
    it('attributes each quotation to its speaker', () => {
      for (const q of expected.quotes!) {
        const found = data.quotes.find((x) => norm(x.text).startsWith(norm(q.start)));
        expect(found, `quotation "${q.start}"`).toBeDefined();
        expect(norm(found!.speaker)).toBe(norm(q.speaker));
      }
    });
  }
  if (expected.noQuotes) {
    it('takes no scare quote for a quotation', () => {
      for (const text of expected.noQuotes!) expect(data.quotes.some((q) => norm(q.text).startsWith(norm(text)))).toBe(false);
    });
  }
  if (expected.notSpeakers) {
    it('never names an outlet as speaker', () => {
      for (const s of expected.notSpeakers!) expect(data.quotes.map((q) => norm(q.speaker))).not.toContain(norm(s));
    });
  }

  if (expected.claims) {
    it('finds the claims with stance, holder and paragraph', () => {
      for (const c of expected.claims!) {
        const found = data.claims.find((x) => x.stance === c.stance && norm(x.holder) === norm(c.holder) && (!c.start || norm(x.text).startsWith(norm(c.start))));
        expect(found, `${c.stance} by ${c.holder} in ${JSON.stringify(data.claims)}`).toBeDefined();
        if (c.paragraph) expect(found!.paragraph).toBe(c.paragraph);
      }
    });
  }
  if (expected.claimCount !== undefined) it(`finds ${expected.claimCount} claims`, () => expect(data.claims.length).toBe(expected.claimCount));
});
