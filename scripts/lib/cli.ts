// Command-line options for the scripts: node's parseArgs, except that a mistyped option prints what is wrong
// and the usage line (exit 2) instead of a stack trace, and --help prints the usage (exit 0).
import { parseArgs, type ParseArgsConfig } from 'node:util';

type Parsed<T extends ParseArgsConfig> = ReturnType<typeof parseArgs<T>>;

export function parseCli<T extends ParseArgsConfig>(config: T, usage: string): Parsed<T> {
  let parsed: Parsed<T>;
  try {
    parsed = parseArgs(config);
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${usage}`);
    process.exit(2);
  }
  if ((parsed.values as { help?: boolean }).help) {
    console.log(usage);
    process.exit(0);
  }
  return parsed;
}
