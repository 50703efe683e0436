// The comment is built from article text, which is data: it must never become a link, an image, HTML, a
// table cell, a mention or a reference in the pull request; long lists stop and say how many more there are.
import { describe, expect, it } from 'vitest';
import { MARKER, NO_CHANGE, renderMarkdown } from '../../src/diff/render-markdown.ts';
import { emptyReport } from '../../src/diff/run-diff.ts';
import type { ArticleRef, DiffReport } from '../../src/diff/types.ts';

function report(over: Partial<DiffReport> = {}): DiffReport {
  return { ...emptyReport({ root: '.', base: 'main', head: null }, 'a'.repeat(40), null, ['seeds/x.txt']), changed: true, ...over };
}

const article = (slug: string, title: string): ArticleRef => ({ slug, title, sourceFile: `seeds/${slug}.txt`, url: `https://site.test/articles/${slug}/`, source: 'Example Daily', date: '2024-03-02' });

describe('the comment', () => {
  it('escapes article text: no link, image, HTML, table cell, mention or reference comes from it', () => {
    const hostile = 'Click [here](javascript:alert(1)) ![x](https://e.test/p.png) <img src=x onerror=alert(1)> | cell @octocat #12 `code`';
    const md = renderMarkdown(report({ articles: { added: [article('a', hostile)], removed: [], changed: [], failing: [] } }));
    const line = md.split('\n').find((l) => l.startsWith('- **added**'))!;
    expect(line).toContain('\\[here\\]\\(javascript:alert\\(1\\)\\)');
    expect(line).toContain('\\!\\[x\\]');
    expect(line).toContain('\\<img src=x onerror=alert\\(1\\)\\>');
    expect(line).toContain('\\| cell &#64;octocat \\#12 \\`code\\`');
    expect(line).not.toMatch(/[^\\][<>]|(?<!\\)@/);
    // The only link on the line is the one the diff built, to the article's page.
    expect(line.match(/\]\(/g)).toHaveLength(1);
    expect(line).toContain('](https://site.test/articles/a/)');
  });

  it('stops a long list after ten and says how many more the JSON holds', () => {
    const added = Array.from({ length: 14 }, (_, i) => article(`a${i}`, `Article ${i}`));
    const md = renderMarkdown(report({ articles: { added, removed: [], changed: [], failing: [] } }));
    expect(md.split('\n').filter((l) => l.startsWith('- **added**'))).toHaveLength(10);
    expect(md).toContain('- … and 4 more (see `--format json`)');
  });

  it('says "no change to the briefing" for a change nobody sees, with the files it looked at', () => {
    const md = renderMarkdown(report({ changed: false, files: ['content/articles/a.md', 'content/articles/b.md'] }));
    expect(md.split('\n').slice(0, 6)).toEqual([MARKER, '### What this change does to the briefing', '', `**${NO_CHANGE}**`, '', '2 files under `content/` or `seeds/` changed, but nothing a reader sees.']);
  });

  it('lists check messages with path:line:col and counts them in the summary', () => {
    const md = renderMarkdown(
      report({
        articles: { added: [article('a', 'A')], removed: [], changed: [], failing: [] },
        check: { errors: 1, warnings: 0, messages: [{ path: 'content/articles/a.md', line: 3, column: 10, severity: 'error', message: 'unknown topic "su35" in "topics": did you mean "su-35"?' }] },
      }),
    );
    expect(md).toContain('**1 article added** · **check: 1 error**');
    expect(md).toContain('#### `npm run check` on the changed files: 1 error, 0 warnings');
    expect(md).toContain('- `content/articles/a.md:3:10` **error**: unknown topic "su35" in "topics": did you mean "su-35"?');
  });
});
