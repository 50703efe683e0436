// Deterministic: a second ingest and build of the same inputs, from nothing (fresh generated folder, fresh
// Astro cache, fresh output folder), gives the same bytes as the build under test — every generated .mdx and
// every file of the site: HTML, CSS, scripts, Pagefind's index, the service worker (versioned by a hash of
// the build). No output reads the clock. The one input besides the files is git history: "last updated" is
// the last commit of each source file, so a new commit changes that page, while two builds of one checkout
// agree. Should a build timestamp ever be added, it must be listed here as the one documented difference.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, readTree, type BuiltSite } from './support/build-site.ts';
import { target } from './target.ts';

let work: string;
let second: BuiltSite;

beforeAll(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'sitrep-determinism-'));
  second = buildSite(target.inputs, work);
}, 900_000);
afterAll(() => {
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

/** Paths whose bytes differ between two trees, with the first differing line of each text file. */
function differences(a: Map<string, Buffer>, b: Map<string, Buffer>): string[] {
  const out: string[] = [];
  for (const name of [...new Set([...a.keys(), ...b.keys()])].sort()) {
    const x = a.get(name);
    const y = b.get(name);
    if (!x || !y) out.push(`${name}: only in the ${x ? 'first' : 'second'} build`);
    else if (!x.equals(y)) {
      const xs = x.toString('utf8').split('\n');
      const ys = y.toString('utf8').split('\n');
      const i = xs.findIndex((line, n) => line !== ys[n]);
      out.push(`${name}: differs at line ${i + 1}: ${JSON.stringify(xs[i]?.slice(0, 120))} vs ${JSON.stringify(ys[i]?.slice(0, 120))}`);
    }
  }
  return out;
}

describe('two builds of the same input', () => {
  it('write byte-identical generated MDX', () => {
    const first = readTree(target.generated);
    expect(first.size).toBeGreaterThan(0);
    expect(differences(first, readTree(second.generated))).toEqual([]);
  });

  it('write a byte-identical site: every page, asset and search-index file', () => {
    const first = readTree(target.dist);
    expect([...first.keys()].filter((f) => f.endsWith('.html')).length).toBeGreaterThan(0);
    expect(differences(first, readTree(second.dist))).toEqual([]);
  });
});
