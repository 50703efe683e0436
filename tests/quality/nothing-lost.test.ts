// Nothing lost, end to end: every input file became an article, and every line of it (every paragraph and
// heading of an editor's Markdown) is on its BUILT page, dist HTML, unless it is recorded in the article's
// `removed` list; and every `removed` entry is text of the input, so the audit list can be trusted.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { toString as toText } from 'hast-util-to-string';
import { parseMdx } from '../helpers/mdx-text.ts';
import { INPUT_EXTENSIONS } from '../../src/pipeline/ingest.ts';
import { mustShow, sourceUnits, squash } from './source-text.ts';
import { target } from './target.ts';

interface Generated {
  slug: string;
  sourceFile: string;
  removed: string[];
}

const generated: Generated[] = fs
  .readdirSync(target.generated)
  .filter((f) => f.endsWith('.mdx'))
  .sort()
  .map((f) => parseMdx(fs.readFileSync(path.join(target.generated, f), 'utf8')).data as unknown as Generated);

function inputFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => INPUT_EXTENSIONS.includes(path.extname(f)) && path.basename(f).toLowerCase() !== 'readme.md' && !f.split(path.sep).some((p) => p.startsWith('.')))
    .map((f) => path.resolve(dir, f))
    .sort();
}

describe('nothing is lost between an input file and its built page', () => {
  it('turns every input file into exactly one article', () => {
    const sources = generated.map((g) => path.resolve(g.sourceFile)).sort();
    expect(sources).toEqual(target.inputs.flatMap(inputFiles));
  });

  it('shows every line of every input on its page, or records it in `removed`', () => {
    const lost: string[] = [];
    for (const article of generated) {
      const html = fs.readFileSync(path.join(target.dist, 'articles', article.slug, 'index.html'), 'utf8');
      const main = select('main', fromHtml(html));
      const page = squash(main ? toText(main) : '');
      for (const unit of sourceUnits(fs.readFileSync(path.resolve(article.sourceFile)), article.sourceFile)) {
        const shown = mustShow(unit, article.removed);
        if (shown && !page.includes(shown)) lost.push(`${article.sourceFile} → /articles/${article.slug}/: ${JSON.stringify(shown.slice(0, 160))}`);
      }
    }
    expect(lost).toEqual([]);
  }, 600_000);

  it('records in `removed` only text that is in the input', () => {
    const invented: string[] = [];
    for (const article of generated) {
      const input = squash(sourceUnits(fs.readFileSync(path.resolve(article.sourceFile)), article.sourceFile).join('\n'));
      for (const r of article.removed) if (!input.includes(squash(r))) invented.push(`${article.sourceFile}: ${JSON.stringify(r)}`);
    }
    expect(invented).toEqual([]);
  });
});
