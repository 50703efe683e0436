// Rule "unsafe-html" / "unsafe-link" / "unsupported-html" in a topic's introduction (the Markdown under its
// front-matter). The site leaves raw HTML out of intros and sanitises links (src/loaders/render-markdown.ts, the same remark-parse);
// the check says so at the place, and refuses what could run code, as for articles.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { visit } from 'unist-util-visit';
import type { Nodes } from 'mdast';
import { readHtml, isSafeUrl } from '../pipeline/markdown-html.ts';
import { splitFrontMatter } from '../pipeline/split-front-matter.ts';
import { report } from './message.ts';
import type { Project } from './project.ts';

const parser = unified().use(remarkParse).freeze();

export function topicIntros(project: Project): void {
  for (const k of project.knowledgeFiles.filter((f) => f.listed.kind === 'topic')) {
    const split = splitFrontMatter(String(k.file.value));
    const at = (node: Nodes, line = 1, column = 1) => {
      const start = node.position?.start ?? { line: 1, column: 1 };
      return { line: start.line + split.bodyLine - 1 + line - 1, column: line === 1 ? start.column + column - 1 : column };
    };
    visit(parser.parse(split.body), (node: Nodes) => {
      if (node.type === 'html') {
        const problems = readHtml(node.value).problems;
        for (const p of problems) report(k.file, p.reason, at(node, p.line, p.column), p.ruleId, false);
        if (problems.length === 0 && !node.value.trimStart().startsWith('</')) {
          report(k.file, 'HTML is not shown in a topic\'s introduction: it is left out; write Markdown instead', at(node), 'unsupported-html', false);
        }
      } else if ((node.type === 'link' || node.type === 'definition') && !isSafeUrl(node.url) && /^\s*(?:javascript|vbscript|data):/i.test(node.url)) {
        report(k.file, `the link ${JSON.stringify(node.url.slice(0, 40))} runs code and is not allowed: it was removed and its text kept`, at(node), 'unsafe-link', false);
      }
    });
  }
}
