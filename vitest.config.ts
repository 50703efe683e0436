import { defineConfig } from 'vitest/config';

// Fast unit tests (pipeline, benchmark, editors' tools); the editors' path end to end; and site tests (build
// output, browser) that share one build of the site made by the global setup.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/pipeline/**/*.test.ts', 'tests/bench/**/*.test.ts', 'tests/scripts/**/*.test.ts', 'tests/editors/*.test.ts', 'tests/search/**/*.test.ts', 'tests/lib/**/*.test.ts', 'tests/reliability/**/*.test.ts', 'tests/diff/**/*.test.ts'],
          // Several of these start a script in a child process (check, ingest, eval): on a machine shared with
          // other builds that can take longer than vitest's 5 s default without anything being wrong.
          testTimeout: 30_000,
        },
      },
      {
        // The editor's path end to end in a temporary copy of the project: scaffold, check, build, browse.
        test: {
          name: 'editors',
          include: ['tests/editors/e2e/**/*.test.ts'],
          testTimeout: 240_000,
          hookTimeout: 240_000,
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts', 'tests/browser/**/*.test.ts', 'tests/quality/**/*.test.ts'],
          globalSetup: ['tests/setup/build-site.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
