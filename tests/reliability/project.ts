// A small project in a temporary folder (the check fixtures' shared base), for tests that lay hostile files
// over it and run both ingest and check on it, as the build and a pull request's check would.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkProject } from '../../src/check/check-project.ts';
import { ingest, type IngestResult } from '../../src/pipeline/ingest.ts';
import { formatMessages } from '../../src/pipeline/report.ts';

const BASE = path.resolve('tests/editors/fixtures/check/_base');

export function tempProject(files: Record<string, string | Uint8Array> = {}): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'sitrep-hostile-'));
  fs.cpSync(BASE, root, { recursive: true });
  fs.mkdirSync(path.join(root, 'seeds'), { recursive: true });
  fs.mkdirSync(path.join(root, 'content', 'articles'), { recursive: true });
  for (const [name, bytes] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    fs.writeFileSync(path.join(root, name), bytes);
  }
  return root;
}

export function ingestProject(root: string): IngestResult & { lines: string[] } {
  const result = ingest({ inputs: ['seeds', 'content/articles'], contentDir: path.join(root, 'content'), cwd: root });
  return { ...result, lines: formatMessages(result.files) };
}

export function checkLines(root: string): string[] {
  return formatMessages(checkProject({ root, today: '2026-01-15' }).files);
}
