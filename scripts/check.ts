// npm run check — validates everything under content/ and seeds/ without building the site. Prints each
// problem as `path:line:column message`, all of them, and exits 1 if any is an error.
import { parseCli } from './lib/cli.ts';
import { checkProject } from '../src/check/check-project.ts';
import { formatMessages } from '../src/pipeline/report.ts';

parseCli({ options: { help: { type: 'boolean', short: 'h' } } }, 'usage: npm run check\nChecks content/ and seeds/; see CONTRIBUTING.md for every message and its fix.');

const started = performance.now();
const { files } = checkProject({ root: process.cwd() });
for (const line of formatMessages(files)) console.error(line);
const messages = files.flatMap((f) => f.messages);
const errors = messages.filter((m) => m.fatal).length;
const warnings = messages.length - errors;
const ms = Math.round(performance.now() - started);
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
console.error(`check: ${plural(files.length, 'file')} checked in ${ms} ms: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}${errors ? ' (see CONTRIBUTING.md for the fixes)' : ''}`);
process.exitCode = errors > 0 ? 1 : 0;
