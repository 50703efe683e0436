import { defineConfig } from 'vitest/config';

// Two projects: fast unit tests of the pipeline, and site tests (build output, browser) that share one build
// of the site made by the global setup.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/pipeline/**/*.test.ts', 'tests/bench/**/*.test.ts', 'tests/scripts/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts', 'tests/browser/**/*.test.ts'],
          globalSetup: ['tests/setup/build-site.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
