// Validates built pages with html-validate and the project's .htmlvalidate.json, whichever folder the site
// was built into (the corpus and fixture builds live in temporary folders, outside the config's reach).
import fs from 'node:fs';
import path from 'node:path';
import { HtmlValidate, StaticConfigLoader, formatterFactory, type ConfigData } from 'html-validate';

/** One formatted report per invalid page; empty when every page is valid. */
export async function invalidHtml(dist: string, pages: string[]): Promise<string[]> {
  const config = JSON.parse(fs.readFileSync('.htmlvalidate.json', 'utf8')) as ConfigData;
  const validator = new HtmlValidate(new StaticConfigLoader({ ...config, root: true }));
  const failures: string[] = [];
  for (const page of pages) {
    const file = path.join(dist, page);
    const report = await validator.validateString(fs.readFileSync(file, 'utf8'), path.resolve(file));
    if (!report.valid) failures.push(formatterFactory('text')(report.results).trim());
  }
  return failures;
}
