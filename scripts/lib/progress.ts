// A one-line progress bar on stderr for long runs, shown only on a terminal: never when output is piped or
// logged, nor when CI is set, and only once a run has lasted a second (short runs print nothing extra).
export interface ProgressBar {
  update(done: number, total: number, note?: string): void;
  done(): void;
}

const WIDTH = 24;

export function isInteractive(stream: NodeJS.WriteStream = process.stderr, env: NodeJS.ProcessEnv = process.env): boolean {
  const ci = env.CI !== undefined && env.CI !== '' && env.CI !== '0' && env.CI.toLowerCase() !== 'false';
  return Boolean(stream.isTTY) && !ci;
}

export function progressBar(label: string, stream: NodeJS.WriteStream = process.stderr): ProgressBar {
  if (!isInteractive(stream)) return { update: () => {}, done: () => {} };
  const started = performance.now();
  let last = 0;
  let shown = false;
  return {
    update(done, total, note = '') {
      const now = performance.now();
      if (now - started < 1000 || (now - last < 100 && done < total)) return;
      last = now;
      shown = true;
      const filled = total > 0 ? Math.round((done / total) * WIDTH) : WIDTH;
      const bar = '█'.repeat(filled) + '░'.repeat(WIDTH - filled);
      const line = `${label} ${bar} ${done.toLocaleString('en-US')}/${total.toLocaleString('en-US')}${note ? ` ${note}` : ''} ${Math.round((now - started) / 1000)} s`;
      stream.write(`\r${line.slice(0, (stream.columns ?? 80) - 1)}\x1b[K`);
    },
    done() {
      if (shown) stream.write('\r\x1b[K');
    },
  };
}
