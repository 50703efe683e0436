// The loader's annotations of a body: each case folder holds an article (input.mdx) and the sentences,
// mentions, quotes and claims a page should get from it (expected.json).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { splitFrontMatter } from '../../src/pipeline/split-front-matter.ts';
import { parseBody } from '../../src/loaders/body-tree.ts';
import { readAnnotations } from '../../src/loaders/read-annotations.ts';
import { annotationsSchema } from '../../src/loaders/annotations.ts';

const CASES = path.join(import.meta.dirname, 'fixtures', 'annotations');

describe('readAnnotations', () => {
  for (const name of fs.readdirSync(CASES).sort()) {
    it(name.replaceAll('-', ' '), () => {
      const split = splitFrontMatter(fs.readFileSync(path.join(CASES, name, 'input.mdx'), 'utf8'));
      const data = parse(split.yaml ?? '');
      const annotations = readAnnotations(parseBody(split.body), data);
      expect(annotationsSchema.parse(annotations)).toEqual(annotations);
      expect(annotations).toEqual(JSON.parse(fs.readFileSync(path.join(CASES, name, 'expected.json'), 'utf8')));
    });
  }
});
