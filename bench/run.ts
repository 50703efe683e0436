// The benchmark: for each corpus size, generate the synthetic corpus, then measure (median of several runs,
// each in a fresh child process with cold caches) ingest, astro build with Pagefind, sizes of the output and
// what a browser downloads; then a minimal plain-Markdown Astro site building the same articles, as the
// yardstick for build speed. Nothing is written into the project's dist/, generated/ or caches.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { writeCorpus } from './generate/corpus.ts';
import { writeBaselineProject } from './measure/baseline.ts';
import { median, runNode, type StepResult } from './measure/child.ts';
import { articlePages, articleWire, distSizes, type DistSizes, type WireSizes } from './measure/sizes.ts';
import { measureNetwork, type NetworkSizes } from './measure/network.ts';
import { measureDiff, type DiffMeasure } from './measure/diff.ts';

/** Corpus sizes up to which `npm run diff` on a one-article pull request is measured (the issue asks 1,000). */
const DIFF_UP_TO = 1000;

export interface BenchOptions {
  root: string;
  sizes: number[];
  /** Runs per measurement for a corpus of n articles. */
  runs: (n: number) => number;
  /** Corpus size the baseline is built for (null: no baseline). */
  baselineSize: number | null;
  work: string;
  seed: string;
  query: string;
  log: (line: string) => void;
}

export interface Stat {
  median: number;
  runs: number[];
}

export interface SizeResult {
  articles: number;
  ingest: { wallMs: Stat; cpuMs: Stat; maxRssBytes: number; peakHeapBytes: number; errors: number; summary: string };
  ingestWarm: { wallMs: number; summary: string };
  ingestOneChanged: { wallMs: number; summary: string };
  /** `npm run diff` on a pull request adding one article (bench/measure/diff.ts); null above DIFF_UP_TO. */
  diffOneAdded: DiffMeasure | null;
  build: { wallMs: Stat; astroMs: Stat; pagefindMs: Stat; cpuMs: Stat; maxRssBytes: number; peakHeapBytes: number; heapLimitBytes: number };
  /** astro build over the previous output and caches after one article was added (wall, CPU). */
  rebuildOneAdded?: { wallMs: number; cpuMs: number };
  fullBuildMs: number;
  /** CPU time of ingest and build together (all threads and child processes): steadier than wall time on a shared machine. */
  fullBuildCpuMs: number;
  dist: DistSizes;
  articlePage: WireSizes;
  network: NetworkSizes | null;
  /** Link-preview cards of the corpus rendered alone (CPU), cold cache then warm; their share of the cold full build's CPU. */
  cards: { count: number; coldMsPerCard: number; warmMsPerCard: number; shareOfFullBuild: number };
}

export interface BenchResult {
  startedAt: string;
  machine: { cpus: number; cpuModel: string; memoryBytes: number; node: string; loadBefore: number[]; loadAfter: number[]; busiestBefore: string[]; busiestAfter: string[] };
  seed: string;
  sizes: SizeResult[];
  baseline: { articles: number; wallMs: Stat; cpuMs: Stat; maxRssBytes: number; bytesPerPage: number; ratioFull: number; ratioAstro: number; ratioFullCpu: number } | null;
}

const stat = (runs: number[]): Stat => ({ median: median(runs), runs: runs.map((r) => Math.round(r)) });

/** The processes using most CPU right now (other engineers' builds on a shared machine), for the record. */
function busiest(): string[] {
  try {
    const out = execFileSync('ps', ['-eo', 'pcpu,comm', '--sort=-pcpu'], { encoding: 'utf8' });
    return out.split('\n').slice(1, 7).map((l) => l.trim()).filter(Boolean);
  } catch {
    return [];
  }
}

/** The last "ingest: …" summary line of the CLI's stderr. */
const summaryOf = (step: StepResult): string => step.stderr.split('\n').filter((l) => l.startsWith('ingest:')).at(-1) ?? '';

export async function runBench(options: BenchOptions): Promise<BenchResult> {
  const { root, work, log } = options;
  fs.mkdirSync(work, { recursive: true });
  const result: BenchResult = {
    startedAt: new Date().toISOString(),
    machine: {
      cpus: os.availableParallelism(),
      cpuModel: os.cpus()[0]?.model ?? 'unknown',
      memoryBytes: os.totalmem(),
      node: process.version,
      loadBefore: os.loadavg(),
      loadAfter: [],
      busiestBefore: busiest(),
      busiestAfter: [],
    },
    seed: options.seed,
    sizes: [],
    baseline: null,
  };

  const ingestScript = path.join(root, 'scripts/ingest.ts');
  const buildScript = path.join(root, 'bench/measure/astro-build.ts');
  const build = (projectRoot: string, out: string, cache: string, env: Record<string, string> = {}): Promise<StepResult> => {
    fs.rmSync(out, { recursive: true, force: true });
    fs.rmSync(cache, { recursive: true, force: true });
    return runNode(buildScript, [projectRoot, out, cache], { cwd: projectRoot, env });
  };

  for (const n of options.sizes) {
    const runs = options.runs(n);
    const corpus = path.join(work, `corpus-${n}`);
    const generated = path.join(work, `generated-${n}`);
    const cache = path.join(work, `ingest-cache-${n}`);
    const out = path.join(work, `dist-${n}`);
    const astroCache = path.join(work, `astro-cache-${n}`);
    log(`${n} articles: writing the corpus`);
    const manifest = writeCorpus({ count: n, out: corpus, seed: options.seed });
    const ingestEnv = { SITREP_CACHE_DIR: cache };
    const ingestArgs = ['--input', corpus, '--output', generated];

    const ingestRuns: StepResult[] = [];
    for (let r = 0; r < runs; r++) {
      fs.rmSync(generated, { recursive: true, force: true });
      fs.rmSync(cache, { recursive: true, force: true });
      const step = await runNode(ingestScript, ingestArgs, { cwd: root, env: ingestEnv, allowExit: [1] });
      ingestRuns.push(step);
      log(`${n} articles: cold ingest ${r + 1}/${runs}: ${(step.wallMs / 1000).toFixed(1)} s`);
    }
    const last = ingestRuns.at(-1) as StepResult;
    const warm = await runNode(ingestScript, ingestArgs, { cwd: root, env: ingestEnv, allowExit: [1] });
    log(`${n} articles: warm ingest: ${(warm.wallMs / 1000).toFixed(1)} s (${summaryOf(warm)})`);
    const first = path.join(corpus, (manifest.articles[0] as { file: string }).file);
    const original = fs.readFileSync(first);
    fs.writeFileSync(first, Buffer.concat([original, Buffer.from('\nOfficials declined to comment further on the report.\n')]));
    const one = await runNode(ingestScript, ingestArgs, { cwd: root, env: ingestEnv, allowExit: [1] });
    fs.writeFileSync(first, original);
    log(`${n} articles: ingest with one article changed: ${(one.wallMs / 1000).toFixed(1)} s (${summaryOf(one)})`);
    let diffOneAdded: DiffMeasure | null = null;
    if (n <= DIFF_UP_TO) {
      diffOneAdded = await measureDiff({ root, work, n, seed: options.seed });
      log(`${n} articles: diff of one added article, warm: ${(diffOneAdded.warm.wallMs / 1000).toFixed(1)} s (CPU ${(diffOneAdded.warm.cpuMs / 1000).toFixed(1)} s; cold ${(diffOneAdded.cold.wallMs / 1000).toFixed(1)} s) (${diffOneAdded.warm.summary})`);
    }
    // The build reads what the last cold run wrote: restore it exactly (the changed article is back).
    await runNode(ingestScript, ingestArgs, { cwd: root, env: ingestEnv, allowExit: [1] });

    const builds: Array<StepResult & { astroMs: number; pagefindMs: number }> = [];
    for (let r = 0; r < runs; r++) {
      // The card cache is emptied with Astro's: a cold build renders every card.
      const step = await build(root, out, astroCache, { SITREP_GENERATED: generated, SITREP_CARD_CACHE: path.join(astroCache, 'cards') });
      const report = JSON.parse(step.stdout.trim().split('\n').at(-1) as string) as { totalMs: number; hookMs: Record<string, number> };
      const pagefindMs = Object.entries(report.hookMs).filter(([k]) => k.includes('pagefind')).reduce((s, [, v]) => s + v, 0);
      builds.push({ ...step, pagefindMs, astroMs: step.wallMs - pagefindMs });
      log(`${n} articles: build ${r + 1}/${runs}: ${(step.wallMs / 1000).toFixed(1)} s (Pagefind ${(pagefindMs / 1000).toFixed(1)} s), peak RSS ${(step.maxRssBytes / 2 ** 20).toFixed(0)} MB`);
    }
    const dist = distSizes(out);
    const articlePage = articleWire(out);
    const sample = articlePages(out)[0];
    let network: NetworkSizes | null = null;
    if (sample) {
      log(`${n} articles: measuring downloads in Chromium`);
      network = await measureNetwork(out, `/${path.relative(out, path.dirname(sample)).split(path.sep).join('/')}/`, options.query);
    }
    // A rebuild after an editor adds one article: ingest (from cache but the new one), then astro build over the
    // previous build's output and caches (Astro's data store skips entries whose digest did not change).
    const added = path.join(corpus, 'zz-added-article.txt');
    fs.writeFileSync(added, `Officials in Tehran announced a new drone agreement on Monday.\n\n${original.toString('utf8')}`);
    await runNode(ingestScript, ingestArgs, { cwd: root, env: ingestEnv, allowExit: [1] });
    const rebuild = await runNode(buildScript, [root, out, astroCache], { cwd: root, env: { SITREP_GENERATED: generated } });
    fs.rmSync(added);
    log(`${n} articles: rebuild with one article added: ${(rebuild.wallMs / 1000).toFixed(1)} s, CPU ${(rebuild.cpuMs / 1000).toFixed(1)} s`);
    const ingestWall = stat(ingestRuns.map((s) => s.wallMs));
    const buildWall = stat(builds.map((s) => s.wallMs));
    const cardStep = await runNode(path.join(root, 'bench/measure/cards.ts'), [generated, path.join(work, `cards-${n}`)], { cwd: root });
    const cardReport = JSON.parse(cardStep.stdout.trim().split('\n').at(-1) as string) as { cards: number; coldMs: number; warmMs: number };
    log(`${n} articles: ${cardReport.cards} link-preview cards: ${(cardReport.coldMs / cardReport.cards).toFixed(1)} ms each cold, ${(cardReport.warmMs / cardReport.cards).toFixed(2)} warm`);
    result.sizes.push({
      articles: n,
      ingest: {
        wallMs: ingestWall,
        cpuMs: stat(ingestRuns.map((s) => s.cpuMs)),
        maxRssBytes: Math.max(...ingestRuns.map((s) => s.maxRssBytes)),
        peakHeapBytes: Math.max(...ingestRuns.map((s) => s.peakHeapBytes)),
        errors: last.stderr.split('\n').filter((l) => /:\d+:\d+ error /.test(l)).length,
        summary: summaryOf(last),
      },
      ingestWarm: { wallMs: warm.wallMs, summary: summaryOf(warm) },
      ingestOneChanged: { wallMs: one.wallMs, summary: summaryOf(one) },
      diffOneAdded,
      build: {
        wallMs: buildWall,
        astroMs: stat(builds.map((s) => s.astroMs)),
        pagefindMs: stat(builds.map((s) => s.pagefindMs)),
        cpuMs: stat(builds.map((s) => s.cpuMs)),
        maxRssBytes: Math.max(...builds.map((s) => s.maxRssBytes)),
        peakHeapBytes: Math.max(...builds.map((s) => s.peakHeapBytes)),
        heapLimitBytes: (builds[0] as StepResult).heapLimitBytes,
      },
      rebuildOneAdded: { wallMs: rebuild.wallMs, cpuMs: rebuild.cpuMs },
      fullBuildMs: ingestWall.median + buildWall.median,
      fullBuildCpuMs: median(ingestRuns.map((s) => s.cpuMs)) + median(builds.map((s) => s.cpuMs)),
      dist,
      articlePage,
      network,
      cards: {
        count: cardReport.cards,
        coldMsPerCard: cardReport.coldMs / cardReport.cards,
        warmMsPerCard: cardReport.warmMs / cardReport.cards,
        // CPU against CPU: wall times on this shared machine move by half between runs.
        shareOfFullBuild: cardReport.coldMs / (median(ingestRuns.map((s) => s.cpuMs)) + median(builds.map((s) => s.cpuMs))),
      },
    });

    if (options.baselineSize === n) {
      log(`${n} articles: building the plain-Markdown baseline`);
      const baseRoot = path.join(work, `baseline-${n}`);
      const articles = manifest.articles.map((a) => {
        const bytes = fs.readFileSync(path.join(corpus, a.file));
        const text = a.encoding === 'windows-1252' ? new TextDecoder('windows-1252').decode(bytes) : new TextDecoder().decode(bytes);
        return { id: a.file.replace(/\.\w+$/, ''), text };
      });
      writeBaselineProject(baseRoot, root, articles);
      const baseRuns: StepResult[] = [];
      for (let r = 0; r < runs; r++) {
        const step = await build(baseRoot, path.join(baseRoot, 'dist'), path.join(baseRoot, '.cache'));
        baseRuns.push(step);
        log(`${n} articles: baseline build ${r + 1}/${runs}: ${(step.wallMs / 1000).toFixed(1)} s`);
      }
      const wall = stat(baseRuns.map((s) => s.wallMs));
      const size = result.sizes.at(-1) as SizeResult;
      result.baseline = {
        articles: n,
        wallMs: wall,
        cpuMs: stat(baseRuns.map((s) => s.cpuMs)),
        maxRssBytes: Math.max(...baseRuns.map((s) => s.maxRssBytes)),
        bytesPerPage: distSizes(path.join(baseRoot, 'dist')).bytesPerPage,
        ratioFull: size.fullBuildMs / wall.median,
        ratioAstro: size.build.wallMs.median / wall.median,
        ratioFullCpu: size.fullBuildCpuMs / median(baseRuns.map((s) => s.cpuMs)),
      };
    }
  }
  result.machine.loadAfter = os.loadavg();
  result.machine.busiestAfter = busiest();
  return result;
}
