// README, package.json's engines, .nvmrc and the pinned toolchain tell one story: install with any Node the
// engines allow, run everything on the Node that the node devDependency pins and .nvmrc names.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';

const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8')) as { engines: { node: string }; devDependencies: Record<string, string> };
const readme = fs.readFileSync('README.md', 'utf8');
const major = (range: string): number => Number(/\d+/.exec(range)?.[0]);

describe('the Node story', () => {
  it('runs on the Node that .nvmrc names, pinned as a devDependency, and the tests run on it', () => {
    const pinned = major(pkg.devDependencies.node ?? '');
    expect(major(fs.readFileSync('.nvmrc', 'utf8'))).toBe(pinned);
    expect(readme).toContain(`Node.js ${pinned} LTS runs everything`);
    expect(Number(process.versions.node.split('.')[0])).toBe(pinned);
  });

  it('installs on the Node that engines allows, and the README says the same floor', () => {
    const floor = /^>=(\d+\.\d+)$/.exec(pkg.engines.node)?.[1];
    expect(floor).toBeDefined();
    expect(readme).toContain(`any Node ≥ ${floor}`);
  });

  it('shows no command that runs a TypeScript file on the system node', () => {
    const commands = [...readme.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);
    expect(commands.filter((c) => /^node \S+\.ts\b/.test(c))).toEqual([]);
  });
});
