// Pathological nesting must cost work linear in the input: the pre-parse scan (nesting-depth.ts) visits each
// character once and refuses nesting past 32 levels before any parser recurses, and nested formatting of one
// kind collapses to one span, so the MDX serialiser's work stays bounded. The bounds asserted are steps and
// depths, never wall time; the timings are printed for the record.
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/pipeline/load-knowledge.ts';
import { measureNesting, MAX_NESTING } from '../../src/pipeline/nesting-depth.ts';
import { processArticle } from '../../src/pipeline/process-article.ts';
import { runCorpus } from '../../src/pipeline/pipeline.ts';
import { frontMatterOf } from '../../src/pipeline/emit-mdx.ts';
import { emitArticle } from '../../src/pipeline/emit-article.ts';

const { knowledge } = loadKnowledge('content');
const GOOD = 'Iranian drones were seen over Kyiv on Monday, officials said.';
const list = (n: number) => `${Array.from({ length: n }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n')}\n`;

const DEEP: Array<[name: string, text: string, where: [number, number]]> = [
  ['2,000 nested <em>', `${'<em>'.repeat(2000)}${GOOD}${'</em>'.repeat(2000)}\n`, [1, 129]],
  ['1,000 nested <b><i>', `${'<b><i>'.repeat(1000)}${GOOD}${'</i></b>'.repeat(1000)}\n`, [1, 97]],
  ['2,000 nested <a>', `${'<a href="https://example.org/">'.repeat(2000)}${GOOD}${'</a>'.repeat(2000)}\n`, [1, 993]],
  ['a list 3,000 deep', list(3000), [33, 66]],
  ['quotations 2,000 deep', `${'> '.repeat(2000)}${GOOD}\n`, [1, 65]],
  ['2,000 emphasis marks', `${'*'.repeat(2000)}${GOOD}${'*'.repeat(2000)}\n`, [1, 1]],
];

function timed<T>(label: string, run: () => T): T {
  const started = performance.now();
  const value = run();
  console.info(`${label}: ${(performance.now() - started).toFixed(1)} ms`);
  return value;
}

describe('nesting past the limit', () => {
  it.each(DEEP)('%s: refused at its place after one linear scan', (name, text, [line, column]) => {
    const scan = measureNesting(text);
    expect(scan.over).toMatchObject({ line, column });
    expect(scan.depth).toBeGreaterThan(MAX_NESTING);
    expect(scan.steps).toBeLessThanOrEqual(text.length + text.split('\n').length);
    const draft = timed(`${name}: ingest`, () => processArticle(Buffer.from(text), 'deep.md', knowledge, {}));
    const errors = draft.file.messages.filter((m) => m.fatal);
    expect(errors.map((m) => [m.line, m.column, m.ruleId])).toEqual([[line, column, 'too-deep']]);
  });
});

describe('nesting within the limit', () => {
  it.each([
    ['32 nested <em>', `${'<em>'.repeat(32)}${GOOD}${'</em>'.repeat(32)}\n`],
    ['16 nested <b><i>', `${'<b><i>'.repeat(16)}${GOOD}${'</i></b>'.repeat(16)}\n`],
    ['16 nested ** and *', `${'***'.repeat(10)}${GOOD}${'***'.repeat(10)}\n`],
  ])('%s: one span per kind reaches the serialiser, and the article is written', (name, text) => {
    const draft = timed(`${name}: ingest`, () => processArticle(Buffer.from(text), 'nested.md', knowledge, {}));
    expect(draft.file.messages.filter((m) => m.fatal)).toEqual([]);
    const spans = draft.blocks.flatMap((b) => b.spans.filter((s) => s.kind === 'emphasis' || s.kind === 'strong'));
    expect(spans.length).toBeLessThanOrEqual(2);
    runCorpus([draft]);
    const emitted = timed(`${name}: emit`, () => emitArticle(frontMatterOf(draft), draft.blocks));
    expect('mdx' in emitted && emitted.mdx).toContain('Iranian drones');
  });

  it('"*a " 2,000 times stays flat: depth 1, and the text is kept', () => {
    const text = `${GOOD}\n\n${'*a '.repeat(2000)}\n`;
    expect(measureNesting(text).depth).toBeLessThanOrEqual(1);
    const draft = timed('"*a " x 2,000: ingest', () => processArticle(Buffer.from(text), 'stars.md', knowledge, {}));
    expect(draft.file.messages.filter((m) => m.fatal)).toEqual([]);
    expect(draft.blocks.map((b) => b.text).join(' ')).toContain('*a *a *a');
  });
});
