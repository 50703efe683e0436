// An editor's Markdown body: read with remark's parser, its basic formatting kept, everything that could run
// code removed, and every character of prose kept.
import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toString as toText } from 'hast-util-to-string';
import { renderBody } from '../../src/loaders/render-body.ts';
import { article, ingestFiles } from './helpers.ts';
import type { ArticleEntity } from '../../src/schema/article.ts';

function render(markdown: string) {
  const result = ingestFiles({ 'a.md': `---\ntitle: A test article about formatting\n---\n${markdown}` });
  const { body, data } = article(result, 'a.md');
  const html = renderBody(body, { base: '/', entities: data.entities as ArticleEntity[] });
  return { body, html, tree: fromHtml(html, { fragment: true }), messages: result.files.flatMap((f) => f.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`)) };
}

describe("an editor's Markdown", () => {
  it('keeps emphasis, strong and https links as <em>, <strong> and <a href>', () => {
    const { tree } = render('Officials *doubt* the **official** figures, says [the report](https://example.org/r?a=1&b=2).\n');
    expect(selectAll('em', tree).map(toText)).toEqual(['doubt']);
    expect(selectAll('strong', tree).map(toText)).toEqual(['official']);
    expect(selectAll('a', tree).map((a) => [toText(a), a.properties.href])).toEqual([['the report', 'https://example.org/r?a=1&b=2']]);
  });

  it('joins a hard-wrapped paragraph into one block and splits list items and headings into their own', () => {
    const { tree } = render('## background of the deal\nthe deal was signed.\nIt was then\nratified.\n\n- first item\n- second item\n\nThe end of the article.\n');
    expect(selectAll('p', tree).map(toText)).toEqual(['background of the deal', 'the deal was signed. It was then ratified.', 'first item', 'second item', 'The end of the article.']);
  });

  it('keeps literal underscores, asterisks and escaped markup as text', () => {
    const { tree } = render('The file drone_parts_list.xls lists 2 * 3 crates and \\*not emphasis\\* here.\n');
    expect(toText(tree)).toBe('The file drone_parts_list.xls lists 2 * 3 crates and *not emphasis* here.');
    expect(selectAll('em', tree)).toEqual([]);
  });

  it('removes a <script> with its content and keeps the sentence around it', () => {
    const { tree, messages } = render('Before <script>alert("x")</script> after.\n');
    expect(toText(tree)).toBe('Before after.');
    expect(messages).toContain('4:8 unsafe-html');
  });

  it('keeps the text after an unclosed <script>: only a closed one has code to remove', () => {
    const { tree, messages } = render('Hackers hid a <script> tag in the page, analysts said.\n\nThe next paragraph stays.\n');
    expect(selectAll('p', tree).map(toText)).toEqual(['Hackers hid a tag in the page, analysts said.', 'The next paragraph stays.']);
    expect(messages).toContain('4:15 unsafe-html');
  });

  it('drops a javascript: URL and keeps the link text', () => {
    const { tree, messages } = render('Click [here](javascript:alert(1)) now.\n');
    expect(selectAll('a', tree)).toEqual([]);
    expect(toText(tree)).toBe('Click here now.');
    expect(messages).toContain('4:7 unsafe-link');
  });

  it('keeps allowed inline HTML formatting and drops other tags but not their text', () => {
    const { tree } = render('A <b>bold</b> claim, an <i>aside</i>, a <span style="color:red">red</span> word and <a href="https://example.org">a link</a>.\n');
    expect(selectAll('strong', tree).map(toText)).toEqual(['bold']);
    expect(selectAll('em', tree).map(toText)).toEqual(['aside']);
    expect(selectAll('a', tree).map((a) => a.properties.href)).toEqual(['https://example.org']);
    expect(toText(tree)).toBe('A bold claim, an aside, a red word and a link.');
    expect(selectAll('[style]', tree)).toEqual([]);
  });

  it('never nests an entity link inside an editor\'s link', () => {
    const { tree } = render('Read [what Vladimir Putin said](https://example.org/putin) about drones.\n');
    expect(selectAll('a a', tree)).toEqual([]);
    expect(selectAll('a', tree).map((a) => a.properties.href)).toEqual(['https://example.org/putin']);
  });

  it('shows MDX expressions and import lines as text', () => {
    const { tree, body } = render('import X from "./x.js"\n\nThe total was {1 + 1} drones.\n');
    expect(selectAll('p', tree).map(toText)).toEqual(['import X from "./x.js"', 'The total was {1 + 1} drones.']);
    expect(body).not.toMatch(/^import /m);
  });
});

describe("a topic's introduction", () => {
  it('renders Markdown formatting and leaves out raw HTML and javascript: links', async () => {
    const { renderMarkdown } = await import('../../src/loaders/render-markdown.ts');
    const tree = fromHtml(renderMarkdown('Iran\'s *drones* <img src=x onerror="alert(1)"> and [a brief](javascript:alert(2)) or [this](https://example.org).\n\n<script>alert(3)</script>\n'), { fragment: true });
    expect(selectAll('em', tree).map(toText)).toEqual(['drones']);
    expect(selectAll('img, script', tree)).toEqual([]);
    expect(selectAll('a', tree).map((a) => a.properties.href ?? null)).toEqual([null, 'https://example.org']);
    expect(toText(tree).trim()).toBe("Iran's drones  and a brief or this.");
  });
});
