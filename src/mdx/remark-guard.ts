// The second wall (the emitter's escaping is the first): a remark plugin run where @astrojs/mdx compiles each
// generated article. Any ESM (`import`/`export`), any `{expression}` in text or in an attribute, and any element
// or attribute the emitter does not write, and any link that is not http(s) or mailto, fails the build at its position, so no article can run code even if
// a file in the generated folder was written by hand. Registered through @astrojs/markdown-remark's unified()
// processor: Astro 7's default processor (Sätteri) runs no remark plugins and would skip it.
import path from 'node:path';
import { visit } from 'unist-util-visit';
import type { Root, Nodes } from 'mdast';
import type { VFile } from 'vfile';
import { ALLOWED_ELEMENTS } from './allowed.ts';

const FIX = 'generated articles hold text and the emitter\'s components only: run `npm run ingest` again instead of editing the generated file';

export function remarkGuard() {
  return (tree: Root, file: VFile): void => {
    visit(tree, (node: Nodes) => {
      const problem = refuse(node);
      if (problem) fail(file, node, problem);
    });
  };
}

function refuse(node: Nodes): string | null {
  switch (node.type) {
    case 'mdxjsEsm':
      return `ESM (\`${firstWord(node.value)}\`) is not allowed in an article`;
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      return `the expression {${node.value.slice(0, 40)}} is not allowed in an article`;
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement': {
      const allowed = node.name === null ? undefined : ALLOWED_ELEMENTS[node.name];
      if (!allowed) return `the element <${node.name ?? ''}> is not one of the article components (${Object.keys(ALLOWED_ELEMENTS).join(', ')})`;
      for (const attribute of node.attributes) {
        if (attribute.type === 'mdxJsxExpressionAttribute') return `the expression {${attribute.value.slice(0, 40)}} is not allowed on <${node.name}>`;
        if (!allowed.has(attribute.name)) return `<${node.name}> has no attribute ${attribute.name}`;
        if (attribute.value !== null && attribute.value !== undefined && typeof attribute.value !== 'string') return `the expression {${attribute.value.value.slice(0, 40)}} is not allowed as ${attribute.name} on <${node.name}>`;
      }
      return null;
    }
    case 'link':
    case 'definition':
      // The emitter writes an editor's http(s) and mailto links only; never javascript: or data:.
      return /^(?:https?:\/\/|mailto:)/i.test(node.url.trim()) ? null : `the link ${JSON.stringify(node.url.slice(0, 40))} is not an http(s) or mailto link`;
    case 'image':
    case 'imageReference':
    case 'html':
      return `${node.type === 'html' ? 'HTML' : 'an image'} is not allowed in an article`;
    default:
      return null;
  }
}

function fail(file: VFile, node: Nodes, problem: string): never {
  const start = node.position?.start ?? { line: 1, column: 1 };
  const where = `${path.relative(process.cwd(), file.path || 'article.mdx')}:${start.line}:${start.column}`;
  // The place also goes in the reason: Astro prints an error's message, not always its position.
  file.fail(`${where} ${problem}: ${FIX}`, node, 'sitrep:mdx-guard');
}

function firstWord(value: string): string {
  return value.trim().split(/\s/)[0] ?? value;
}
