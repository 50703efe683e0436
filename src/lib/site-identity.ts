// The site's name and subject from content/site.yaml, read once per build. Problems in the file are
// reported by `npm run check` and ingest; here a broken or missing file falls back to the defaults.
import fs from 'node:fs';
import path from 'node:path';
import { VFile } from 'vfile';
import { parseYaml } from '../pipeline/parse-yaml.ts';
import { siteFileSchema, type SiteFile } from '../schema/site.ts';
import { CONTENT_DIR } from '../paths.ts';

let cached: SiteFile | null = null;

export function siteIdentity(): SiteFile {
  cached ??= read(path.join(CONTENT_DIR, 'site.yaml'));
  return cached;
}

function read(file: string): SiteFile {
  if (!fs.existsSync(file)) return siteFileSchema.parse({});
  const text = fs.readFileSync(file, 'utf8');
  return parseYaml(new VFile({ path: file, value: text }), { text, line: 1 }, siteFileSchema) ?? siteFileSchema.parse({});
}
