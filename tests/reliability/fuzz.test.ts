// Fuzzing ingest: random and mutated articles (fuzz-inputs.ts) never make ingest throw, never crash a
// transform ("internal error"), never break the front-matter contract, and always end as an article or a
// positioned error. Every emitted article compiles with @mdx-js/mdx (the oracle: what MDX itself accepts),
// has no ESM, no expression and no component but the four the renderer knows, and the site's renderer turns
// it into HTML with no script or handler that shows every line of the input not recorded in `removed`.
//
// Bounded: SITREP_FUZZ_RUNS runs (default 60) or 40 s, whichever ends first. Seeded: SITREP_FUZZ_SEED (default
// a fixed seed, so CI is reproducible; set another number, or "random", to explore). On failure fast-check
// prints the seed and the shrunk counterexample; rerun with SITREP_FUZZ_SEED=<seed> to replay.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compile } from '@mdx-js/mdx';
import { parse } from 'yaml';
import { visit } from 'unist-util-visit';
import { fromHtml } from 'hast-util-from-html';
import type { Element } from 'hast';
import { ingest, hasErrors } from '../../src/pipeline/ingest.ts';
import { renderBody } from '../../src/loaders/render-body.ts';
import { splitFrontMatter } from '../../src/pipeline/split-front-matter.ts';
import { articleSchema } from '../../src/schema/article.ts';
import { parseMdx } from '../helpers/mdx-text.ts';
import { compact, mustShow, sourceUnits } from '../quality/checks/source-text.ts';
import { readingText } from '../quality/checks/nothing-lost.ts';
import { articles, type FuzzArticle } from './fuzz-inputs.ts';

const RUNS = Number(process.env.SITREP_FUZZ_RUNS) || 60;
const SEED = process.env.SITREP_FUZZ_SEED === 'random' ? Date.now() ^ (Math.random() * 2 ** 31) : Number(process.env.SITREP_FUZZ_SEED) || 20_240_917;
const TIME_LIMIT_MS = Number(process.env.SITREP_FUZZ_MS) || 40_000;
const KNOWN_COMPONENTS = new Set(['Entity', 'Quote', 'Claim', 'Caption']);

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'sitrep-fuzz-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));
let runNumber = 0;

/** Everything wrong with ingesting `inputs`, as readable lines; empty when all properties hold. */
async function problemsOf(inputs: FuzzArticle[]): Promise<string[]> {
  const dir = path.join(work, String(runNumber++));
  fs.mkdirSync(dir);
  for (const a of inputs) fs.writeFileSync(path.join(dir, a.name), a.bytes);
  const problems: string[] = [];
  let result;
  try {
    result = ingest({ inputs: [dir], contentDir: 'content' });
  } catch (error) {
    return [`ingest threw: ${error instanceof Error ? error.stack : String(error)}`];
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  for (const a of inputs) {
    const file = result.files.find((f) => f.path?.endsWith(`/${a.name}`));
    const article = result.articles.find((x) => x.sourceFile.endsWith(`/${a.name}`));
    if (!file) {
      problems.push(`${a.name}: never read`);
      continue;
    }
    const lineCount = new TextDecoder().decode(a.bytes).split(/\r\n?|\n/).length;
    for (const m of file.messages) {
      if (/internal error|generated front-matter is invalid/.test(m.reason)) problems.push(`${a.name}: ${m.reason}`);
      if (!(m.line! >= 1 && m.column! >= 1 && m.line! <= lineCount + 1)) problems.push(`${a.name}: message at ${m.line}:${m.column} outside the file: ${m.reason}`);
    }
    if (Boolean(article) === hasErrors(file)) problems.push(`${a.name}: ${article ? 'an article despite an error' : 'no article and no error'}`);
    if (article) problems.push(...(await mdxProblems(a.name, article.mdx)), ...lostProblems(a, article.mdx));
  }
  return problems;
}

async function mdxProblems(name: string, mdx: string): Promise<string[]> {
  const problems: string[] = [];
  const split = splitFrontMatter(mdx);
  const data = articleSchema.safeParse(parse(split.yaml ?? ''));
  if (!data.success) return [`${name}: front-matter does not read back: ${data.error.message}`];
  try {
    await compile(split.body);
  } catch (error) {
    problems.push(`${name}: MDX does not compile: ${error instanceof Error ? error.message : String(error)}`);
  }
  visit(parseMdx(mdx).tree, (node) => {
    if (node.type === 'mdxjsEsm' || node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') problems.push(`${name}: ${node.type} in the body`);
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && !KNOWN_COMPONENTS.has(String(node.name))) problems.push(`${name}: unknown component <${node.name}>`);
  });
  try {
    const html = renderBody(split.body, { base: '/', entities: data.data.entities });
    visit(fromHtml(html, { fragment: true }), 'element', (node: Element) => {
      if (node.tagName === 'script') problems.push(`${name}: <script> in the rendered HTML`);
      for (const [key, value] of Object.entries(node.properties)) {
        if (/^on/i.test(key) || /^\s*javascript:/i.test(String(value))) problems.push(`${name}: ${key}=${String(value)} on <${node.tagName}>`);
      }
    });
  } catch (error) {
    problems.push(`${name}: the renderer threw: ${error instanceof Error ? error.message : String(error)}`);
  }
  return problems;
}

/** Text of the input neither in the rendered article text (title and body, as the site renders them) nor in `removed`. */
function lostProblems(input: FuzzArticle, mdx: string): string[] {
  const split = splitFrontMatter(mdx);
  const data = parse(split.yaml ?? '') as { title: string; removed: string[]; entities: [] };
  const body = readingText(fromHtml(renderBody(split.body, { base: '/', entities: data.entities }), { fragment: true }));
  const page = compact(`${data.title} ${body}`);
  return sourceUnits(input.bytes, input.name)
    .map((unit) => mustShow(unit, data.removed))
    .filter((shown) => shown && !page.includes(compact(shown)))
    .map((shown) => `${input.name}: lost ${JSON.stringify(shown.slice(0, 120))}`);
}

describe('fuzzing ingest', () => {
  it(`never crashes, loses an input or emits MDX that fails to compile (seed ${SEED})`, async () => {
    console.info(`fuzz: seed ${SEED}, up to ${RUNS} runs or ${TIME_LIMIT_MS} ms (replay: SITREP_FUZZ_SEED=${SEED})`);
    await fc.assert(
      fc.asyncProperty(articles, async (inputs) => {
        const problems = await problemsOf(inputs);
        if (problems.length > 0) throw new Error(`${problems.join('\n')}\ninputs: ${JSON.stringify(inputs.map((a) => ({ name: a.name, text: a.text })))}`);
      }),
      { seed: SEED, numRuns: RUNS, interruptAfterTimeLimit: TIME_LIMIT_MS, markInterruptAsFailure: false },
    );
    expect(runNumber).toBeGreaterThan(0);
  }, 180_000);
});
