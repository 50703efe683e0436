// npm run eval [-- --split dev|heldout|fresh ... --dir DIR ... --verbose]
// Ingests the labelled articles under eval/<split>/ (or any folder of texts with labels beside them, such as
// real pages kept outside the repository) and prints how well the pipeline does on each measure (topic F1,
// entity recall, quote speakers, boilerplate removed, sentences kept, dates, credits, stories), folder by
// folder, and language by language where a folder holds several.
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { ingest, hasErrors } from '../src/pipeline/ingest.ts';
import { loadKnowledge } from '../src/pipeline/load-knowledge.ts';
import { readArticle } from '../src/pipeline/read-article.ts';
import { runArticle } from '../src/pipeline/pipeline.ts';
import { formatMessages } from '../src/pipeline/report.ts';
import { CONTENT_DIR } from '../src/paths.ts';
import { parseCli } from './lib/cli.ts';
import { labelSchema, readOutput, scoreCase, storyPairs, summarise, type CaseScore, type Summary } from '../eval/score.ts';

const { values } = parseCli(
  {
    options: {
      split: { type: 'string', multiple: true },
      dir: { type: 'string', multiple: true },
      verbose: { type: 'boolean', short: 'v' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  },
  'usage: npm run eval -- [--split dev|heldout|fresh]... [--dir DIR]... [--verbose] [--json]',
);
const folders = [
  ...(values.split ?? (values.dir ? [] : ['dev', 'heldout', 'fresh'])).map((split) => path.join('eval', split)),
  ...(values.dir ?? []),
];
const TARGETS: Partial<Record<keyof Summary, number>> = {
  topicF1: 0.9,
  entityRecall: 0.85,
  quoteSpeakers: 0.8,
  boilerplateRemoved: 0.9,
  sentencesKept: 0.98,
  credits: 0.85,
  headlinesAsTitle: 0.95,
  storyPairsLinked: 0.85,
  langRight: 0.98,
};
/** Figures that should be as low as possible: the target is a ceiling. */
const CEILINGS: Partial<Record<keyof Summary, number>> = { junkEntities: 0.02, inventedDates: 0, storyFalseMerges: 0 };

const report: Record<string, Summary & { msPerArticle: number; msPer3KB: number }> = {};
let failed = false;
for (const dir of folders) {
  const name = dir.startsWith(`eval${path.sep}`) ? path.basename(dir) : dir;
  const result = ingest({ inputs: [dir], contentDir: CONTENT_DIR });
  const ms = transformTime(dir);
  for (const line of formatMessages(result.files)) console.error(line);
  if (result.files.some(hasErrors)) failed = true;

  const cases: CaseScore[] = [];
  for (const article of result.articles) {
    // The label sits beside its text: <case>.yaml for <case>.txt or <case>.md.
    const labelFile = article.sourceFile.replace(/\.(?:txt|md)$/, '.yaml');
    if (!fs.existsSync(labelFile)) continue;
    const label = labelSchema.parse(parse(fs.readFileSync(labelFile, 'utf8')));
    const caseName = path.relative(dir, article.sourceFile).replace(/\.(?:txt|md)$/, '');
    cases.push(scoreCase(caseName, decodeRaw(fs.readFileSync(article.sourceFile)), label, readOutput(article.mdx)));
  }
  cases.sort((a, b) => a.name.localeCompare(b.name));
  const summary = { ...summarise(cases), ...ms };
  report[name] = summary;
  if (!values.json) print(name, summary, values.verbose ? cases : []);
  // Per language, when the folder holds several.
  const langs = [...new Set(cases.map((c) => c.lang.want ?? 'unlabelled'))].sort();
  if (langs.length > 1) {
    for (const lang of langs) {
      const some = cases.filter((c) => (c.lang.want ?? 'unlabelled') === lang);
      const part = { ...summarise(some), ...ms };
      report[`${name} [${lang}]`] = part;
      if (!values.json) print(`${name} [${lang}]`, part, []);
    }
  }
  if (!values.json && values.verbose) for (const merge of storyPairs(cases).falseMerges) console.log(`  false story merge: ${merge}`);
}
if (values.json) console.log(JSON.stringify(report, null, 2));
process.exitCode = failed ? 1 : 0;

function print(split: string, s: Summary & { msPerArticle: number; msPer3KB: number }, cases: CaseScore[]): void {
  const pct = (x: number): string => (Number.isNaN(x) ? '—' : `${(x * 100).toFixed(1)}%`);
  const mark = (key: keyof Summary, x: number): string => {
    if (Number.isNaN(x)) return '';
    const floor = TARGETS[key];
    const ceiling = CEILINGS[key];
    if (floor !== undefined) return x >= floor ? '  ok' : `  below ${pct(floor)}`;
    if (ceiling !== undefined) return x <= ceiling ? '  ok' : `  above ${key === 'junkEntities' ? pct(ceiling) : ceiling}`;
    return '';
  };
  const row = (label: string, key: keyof Summary, value: string): string => `  ${label.padEnd(22)}${value.padStart(8)}${mark(key, s[key] as number)}`;
  console.log(`\n${split}: ${s.articles} articles`);
  console.log(row('topic F1', 'topicF1', s.topicF1.toFixed(3)));
  console.log(row('entity recall', 'entityRecall', pct(s.entityRecall)));
  console.log(row('quote speakers', 'quoteSpeakers', pct(s.quoteSpeakers)));
  console.log(row('unlabelled quotes', 'extraQuotes', String(s.extraQuotes)));
  console.log(row('boilerplate removed', 'boilerplateRemoved', pct(s.boilerplateRemoved)));
  console.log(row('sentences kept', 'sentencesKept', pct(s.sentencesKept)));
  console.log(row('captions marked', 'captionsMarked', pct(s.captionsMarked)));
  console.log(row('dates exact', 'datesExact', pct(s.datesExact)));
  console.log(row('invented dates', 'inventedDates', String(s.inventedDates)));
  console.log(row('sources', 'sources', pct(s.sources)));
  console.log(row('authors', 'authors', pct(s.authors)));
  console.log(row('agencies', 'agencies', pct(s.agencies)));
  console.log(row('headline as title', 'headlinesAsTitle', pct(s.headlinesAsTitle)));
  console.log(row('credits right', 'credits', pct(s.credits)));
  console.log(row('junk entities', 'junkEntities', pct(s.junkEntities)));
  console.log(row('language right', 'langRight', pct(s.langRight)));
  console.log(row('same-event pairs', 'storyPairsLinked', pct(s.storyPairsLinked)));
  console.log(row('false story merges', 'storyFalseMerges', String(s.storyFalseMerges)));
  console.log(`  ${'ms per article'.padEnd(22)}${s.msPerArticle.toFixed(2).padStart(8)}  (CPU, per-article transforms, warm; ${s.msPer3KB.toFixed(2)} per 3 KB)`);
  for (const c of cases) {
    const problems = [
      c.topics.fp + c.topics.fn > 0 ? `topics got [${c.topics.got}] want [${c.topics.want}]` : '',
      c.entities.missed.length ? `entities missed: ${c.entities.missed.join('; ')}` : '',
      ...c.speakers.wrong.map((w) => `speaker: ${w}`),
      ...c.extraQuotes.map((q) => `unlabelled quote: ${q.slice(0, 60)}`),
      ...c.boilerplate.left.map((l) => `boilerplate left: ${l}`),
      ...c.sentences.lost.map((l) => `sentence lost: ${l.slice(0, 80)}`),
      c.captions.hit < c.captions.total ? `captions ${c.captions.hit}/${c.captions.total}` : '',
      c.date.exact ? '' : `date got ${c.date.got} want ${c.date.want}`,
      ...(['source', 'author', 'agency'] as const).filter((k) => !c.credits[k]).map((k) => `${k} got ${c.creditValues[k].got} want ${c.creditValues[k].want}`),
      c.title === false ? `title got: ${c.gotTitle.slice(0, 80)}` : '',
      c.junk.names.length ? `junk entities: ${c.junk.names.join('; ')}` : '',
      c.lang.want !== null && c.lang.want !== c.lang.got ? `language got ${c.lang.got} want ${c.lang.want}` : '',
    ].filter(Boolean);
    if (problems.length) console.log(`  - ${c.name}\n      ${problems.join('\n      ')}`);
  }
}

/** CPU time of the per-article transforms, warm (modules, dictionaries, matchers and JIT), over 5 rounds. */
function transformTime(dir: string): { msPerArticle: number; msPer3KB: number } {
  const { knowledge } = loadKnowledge(CONTENT_DIR);
  const files = (fs.readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(dir, f));
  const bytes = files.map((f) => fs.readFileSync(f));
  const run = (): void => bytes.forEach((b, i) => runArticle(readArticle(b, files[i]!), knowledge));
  run();
  run();
  const rounds = 5;
  const started = process.cpuUsage();
  for (let r = 0; r < rounds; r++) run();
  const used = process.cpuUsage(started);
  const msPerArticle = (used.user + used.system) / 1000 / rounds / Math.max(1, files.length);
  const kb = bytes.reduce((n, b) => n + b.length, 0) / 1024 / Math.max(1, files.length);
  return { msPerArticle, msPer3KB: (msPerArticle * 3) / kb };
}

function decodeRaw(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
