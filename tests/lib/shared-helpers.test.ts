// The small helpers that several modules share: each once, so a fix reaches every caller.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { escapeXml } from '../../src/lib/escape-xml.ts';
import { readFrontMatterKeys } from '../../src/lib/read-front-matter-keys.ts';
import { fenceTracker } from '../../src/pipeline/code-fences.ts';

describe('escapeXml', () => {
  it('turns every character XML reserves into an entity', () => {
    expect(escapeXml(`<a href="x">Tom & Jerry's</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;');
  });
});

describe('fenceTracker', () => {
  it('skips a fence from its opening line to a closing line of at least as many of the same marker', () => {
    const inFence = fenceTracker();
    const lines = ['text', '````js', '```', '~~~', '`````', 'after', '~~~', 'inside', '~~~~', 'out'];
    expect(lines.map(inFence)).toEqual([false, true, true, true, true, false, true, true, true, false]);
  });
});

describe('readFrontMatterKeys', () => {
  it('reads only the named top-level keys, nested values included', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fm-keys-'));
    const file = path.join(dir, 'a.mdx');
    fs.writeFileSync(file, '---\nslug: a\nentities:\n  - id: x\n    name: X\ntopics:\n- drones\nbroken: [unclosed\n---\nbody\n');
    expect(readFrontMatterKeys(file, new Set(['slug', 'topics', 'entities']))).toEqual({ slug: 'a', entities: [{ id: 'x', name: 'X' }], topics: ['drones'] });
    fs.writeFileSync(file, 'no front-matter\n');
    expect(readFrontMatterKeys(file, new Set(['slug']))).toBeNull();
    fs.rmSync(dir, { recursive: true });
  });
});
