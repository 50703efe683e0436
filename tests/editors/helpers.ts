// Ingests texts written as files in a temporary folder, as an editor would add them; lays out check fixtures.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ingest, type IngestResult } from '../../src/pipeline/ingest.ts';
import { parseMdx } from '../helpers/mdx-text.ts';

export function ingestFiles(files: Record<string, string>): IngestResult & { dir: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sitrep-editors-'));
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  return { ...ingest({ inputs: [dir], contentDir: path.resolve('content'), cwd: dir }), dir };
}

/** The generated article of one input: its front-matter and its MDX body. */
export function article(result: IngestResult, sourceFile: string): { data: Record<string, unknown>; body: string; mdx: string } {
  const found = result.articles.find((a) => a.sourceFile === sourceFile);
  if (!found) throw new Error(`no article for ${sourceFile}: ${result.files.flatMap((f) => f.messages.map(String)).join('; ')}`);
  return { data: parseMdx(found.mdx).data, body: found.mdx.slice(found.mdx.indexOf('\n---\n') + 5), mdx: found.mdx };
}

export const FIXTURES = path.resolve('tests/editors/fixtures/check');

/** A project made of the shared base and one case's files (fixtures/check/<name>), in a temporary folder. */
export function projectFor(name: string): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), `sitrep-check-${name}-`));
  fs.cpSync(path.join(FIXTURES, '_base'), root, { recursive: true });
  fs.cpSync(path.join(FIXTURES, name), root, { recursive: true, filter: (src) => path.basename(src) !== 'expected.txt' });
  return root;
}
