// The ingest progress bar is for people at a terminal: CI logs and pipes get nothing but the summary line.
import { describe, expect, it } from 'vitest';
import { isInteractive, progressBar } from '../../scripts/lib/progress.ts';

const stream = (isTTY: boolean): NodeJS.WriteStream & { written: string[] } => {
  const written: string[] = [];
  return { isTTY, columns: 80, written, write: (s: string) => written.push(s) > 0 } as unknown as NodeJS.WriteStream & { written: string[] };
};

describe('progress bar', () => {
  it('is shown on a terminal outside CI', () => {
    expect(isInteractive(stream(true), {})).toBe(true);
    expect(isInteractive(stream(true), { CI: 'false' })).toBe(true);
  });

  it('stays quiet when CI is set or output is not a terminal', () => {
    expect(isInteractive(stream(true), { CI: 'true' })).toBe(false);
    expect(isInteractive(stream(true), { CI: '1' })).toBe(false);
    expect(isInteractive(stream(false), {})).toBe(false);
  });

  it('writes nothing to a pipe', () => {
    const out = stream(false);
    const bar = progressBar('ingest', out);
    bar.update(5, 10);
    bar.done();
    expect(out.written).toEqual([]);
  });
});
