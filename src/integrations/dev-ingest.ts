// `astro dev` only: keeps the generated articles in step with what editors change, and serves the last
// built search index. Astro's content layer watches its own sources, but ours are a step removed: the
// collections read generated/articles/, which ingest writes from seeds/ and content/. So this watches the
// inputs and the knowledge files, re-ingests (the cache redoes only what changed), and asks Astro to
// refresh its collections, which reloads the page. Search needs the Pagefind index, which only a build
// writes: dev serves dist/pagefind/ as it was last built (as astro-pagefind does) and says it may be stale.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { CONTENT_DIR, DEFAULT_INPUTS, GENERATED_ARTICLES } from '../paths.ts';

/** Folders and files whose changes change what ingest writes. */
const WATCHED = [...DEFAULT_INPUTS, CONTENT_DIR];
/** Editors save in bursts (editor, formatter, git checkout): one ingest for the whole burst. */
const SETTLE_MS = 120;

export function devIngest(): AstroIntegration {
  let root = process.cwd();
  let base = '/';
  return {
    name: 'sitrep-dev-ingest',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:server:setup': ({ server, logger, refreshContent }) => {
        const watched = WATCHED.map((p) => path.resolve(root, p));
        server.watcher.add(watched);
        const reingest = serialised(async () => {
          const started = performance.now();
          const ok = await runIngest(root, logger);
          await refreshContent?.({});
          if (ok) logger.info(`re-ingested and refreshed in ${Math.round(performance.now() - started)} ms`);
        });
        let timer: NodeJS.Timeout | undefined;
        const onChange = (file: string): void => {
          if (!watched.some((dir) => file === dir || file.startsWith(`${dir}${path.sep}`))) return;
          clearTimeout(timer);
          timer = setTimeout(reingest, SETTLE_MS);
        };
        for (const event of ['add', 'change', 'unlink']) server.watcher.on(event, onChange);
        serveLastIndex(server, root, base, logger);
      },
    },
  };
}

/** Ingests in this process (no worker threads for a handful of changed articles) and prints its messages. */
async function runIngest(root: string, logger: AstroIntegrationLogger): Promise<boolean> {
  // Loaded here, not at the top: a build never needs the pipeline in Astro's config.
  const { ingestAsync, hasErrors } = await import('../pipeline/ingest.ts');
  const { formatMessages } = await import('../pipeline/report.ts');
  const { DEFAULT_CACHE_DIR } = await import('../pipeline/cache.ts');
  const result = await ingestAsync({
    inputs: DEFAULT_INPUTS,
    output: GENERATED_ARTICLES,
    contentDir: CONTENT_DIR,
    cwd: root,
    cacheDir: process.env.SITREP_CACHE_DIR || DEFAULT_CACHE_DIR,
    threads: 0,
  });
  for (const line of formatMessages(result.files)) logger.warn(line);
  return !result.files.some(hasErrors);
}

/** Runs `task` one at a time; a call while it runs makes it run once more afterwards, never twice at once. */
function serialised(task: () => Promise<void>): () => void {
  let running = false;
  let again = false;
  const run = async (): Promise<void> => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      do {
        again = false;
        await task();
      } while (again);
    } finally {
      running = false;
    }
  };
  return () => void run();
}

type DevServer = Parameters<NonNullable<AstroIntegration['hooks']['astro:server:setup']>>[0]['server'];

const TYPES: Record<string, string> = { '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css', '.wasm': 'application/wasm' };

/** Serves `<base>pagefind/…` from the last build's dist/pagefind/, or answers why there is none. */
function serveLastIndex(server: DevServer, root: string, base: string, logger: AstroIntegrationLogger): void {
  const index = path.join(root, 'dist', 'pagefind');
  const prefix = `${base}pagefind/`;
  if (fs.existsSync(index)) logger.info('search serves the index of the last build (dist/pagefind/): it may be stale until `npm run build`');
  else logger.warn('search has no index in dev until `npm run build` writes dist/pagefind/');
  server.middlewares.use((req, res, next) => {
    const url = (req.url ?? '').split('?')[0] ?? '';
    if (!url.startsWith(prefix)) return next();
    const file = path.resolve(index, decodeURIComponent(url.slice(prefix.length)));
    // Never outside the index, whatever the URL says.
    if (!file.startsWith(`${index}${path.sep}`) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.statusCode = 404;
      res.setHeader('Content-Type', 'text/plain; charset=utf-8');
      res.end(fs.existsSync(index) ? 'not in the last built search index' : 'no search index in dev: run `npm run build` once (dev then serves its index)');
      return;
    }
    res.setHeader('Content-Type', TYPES[path.extname(file)] ?? 'application/octet-stream');
    res.setHeader('Cache-Control', 'no-store');
    fs.createReadStream(file).pipe(res);
  });
}
