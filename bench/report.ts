// The benchmark's table: one column per corpus size, then the baseline and the ratio of our build to it.
import type { BenchResult } from './run.ts';

const s = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;
const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(0)} MB`;

export function formatTable(result: BenchResult): string {
  const rows: Array<[string, ...string[]]> = [['articles', ...result.sizes.map((r) => r.articles.toLocaleString('en-US'))]];
  const row = (label: string, cell: (r: BenchResult['sizes'][number]) => string): void => {
    rows.push([label, ...result.sizes.map(cell)]);
  };
  row('runs (median of)', (r) => String(r.build.wallMs.runs.length));
  row('ingest, ms per article (wall)', (r) => (r.ingest.wallMs.median / r.articles).toFixed(2));
  row('ingest, CPU ms per article', (r) => (r.ingest.cpuMs.median / r.articles).toFixed(2));
  row('ingest, all from cache', (r) => s(r.ingestWarm.wallMs));
  row('ingest, one article changed', (r) => s(r.ingestOneChanged.wallMs));
  row('diff, one article added (warm)', (r) => (r.diffOneAdded ? s(r.diffOneAdded.warm.wallMs) : 'n/a'));
  row('diff, one article added, CPU', (r) => (r.diffOneAdded ? s(r.diffOneAdded.warm.cpuMs) : 'n/a'));
  row('ingest errors', (r) => String(r.ingest.errors));
  row('astro build (without Pagefind)', (r) => s(r.build.astroMs.median));
  row('Pagefind', (r) => s(r.build.pagefindMs.median));
  row('full build (ingest + astro + Pagefind)', (r) => s(r.fullBuildMs));
  row('link-preview cards, CPU ms each cold / warm', (r) => `${r.cards.coldMsPerCard.toFixed(1)} / ${r.cards.warmMsPerCard.toFixed(2)} (${r.cards.count})`);
  row('link-preview cards, share of cold full build (CPU)', (r) => `${(r.cards.shareOfFullBuild * 100).toFixed(1)} %`);
  row('astro build + Pagefind, CPU', (r) => s(r.build.cpuMs.median));
  row('full build, CPU', (r) => s(r.fullBuildCpuMs));
  row('rebuild, one article added, wall / CPU', (r) => (r.rebuildOneAdded ? `${s(r.rebuildOneAdded.wallMs)} / ${s(r.rebuildOneAdded.cpuMs)}` : ''));
  row('peak RSS, ingest', (r) => mb(r.ingest.maxRssBytes));
  row('peak RSS, build', (r) => mb(r.build.maxRssBytes));
  row('peak V8 heap, build (limit)', (r) => `${mb(r.build.peakHeapBytes)} (${mb(r.build.heapLimitBytes)})`);
  row('HTML pages', (r) => r.dist.pages.toLocaleString('en-US'));
  row('dist/ per page', (r) => kb(r.dist.bytesPerPage));
  row('article HTML+CSS, gzip (brotli)', (r) => `${kb(r.articlePage.gzipMedian)} (${kb(r.articlePage.brotliMedian)})`);
  row('article HTML+CSS, gzip, largest', (r) => kb(r.articlePage.gzipMax));
  row('JS before search (gzip)', (r) => (r.network ? kb(r.network.articleJsGzip) : 'n/a'));
  row('Pagefind per query (requests)', (r) => (r.network ? `${kb(r.network.pagefindWire)} (${r.network.pagefindRequests})` : 'n/a'));
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  const lines = rows.map((r) => r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  '));
  lines.splice(1, 0, widths.map((w) => '-'.repeat(w)).join('  '));
  const b = result.baseline;
  if (b) {
    lines.push('');
    lines.push(`baseline: plain-Markdown Astro site, minimal layout, ${b.articles.toLocaleString('en-US')} articles: ${s(b.wallMs.median)} (runs ${b.wallMs.runs.map((v) => s(v)).join(', ')})`);
    lines.push(`baseline CPU: ${s(b.cpuMs.median)}`);
    lines.push(`ratio, full build / baseline: ${b.ratioFull.toFixed(2)} (wall), ${b.ratioFullCpu.toFixed(2)} (CPU)   astro build with Pagefind / baseline: ${b.ratioAstro.toFixed(2)} (wall)`);
  }
  const m = result.machine;
  lines.push('');
  lines.push(`machine: ${m.cpus} cores (${m.cpuModel}), ${mb(m.memoryBytes)}, Node ${m.node}; load average ${m.loadBefore[0]?.toFixed(2)} before, ${m.loadAfter[0]?.toFixed(2)} after`);
  lines.push('article sizes: gzip level 6 (as nginx and most static hosts serve), brotli quality 11 in brackets');
  return lines.join('\n');
}
