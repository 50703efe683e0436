// One way to report: a positioned message with the rule that found it, an error unless said otherwise.
import type { VFile } from 'vfile';
import type { Place } from '../pipeline/parse-yaml.ts';

export function report(file: VFile, reason: string, place: Place, ruleId: string, fatal = true): void {
  file.message(reason, { place, ruleId, source: 'sitrep' }).fatal = fatal;
}

export const START: Place = { line: 1, column: 1 };
