// One way to report: a positioned message with the rule that found it, an error unless said otherwise. A
// message the ingest pipeline already put on the file (it checks some of the same things) is not repeated.
import type { VFile } from 'vfile';
import type { Place } from '../pipeline/parse-yaml.ts';

export function report(file: VFile, reason: string, place: Place, ruleId: string, fatal = true): void {
  if (file.messages.some((m) => m.reason === reason && m.line === place.line && m.column === place.column)) return;
  file.message(reason, { place, ruleId, source: 'sitrep' }).fatal = fatal;
}

export const START: Place = { line: 1, column: 1 };
