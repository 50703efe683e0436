import { defineConfig } from 'vitest/config';
import { corpus } from './tests/quality/corpus-paths.ts';

// `npm run test:corpus`: the built-site quality gates of tests/quality (links, HTML, CSP, nothing lost,
// determinism, Chromium) on the 1,000-article synthetic corpus instead of the seeds. The browser gates visit
// three pages of each page type. The bad-input fixture build belongs to `npm test` alone.
export default defineConfig({
  test: {
    name: 'corpus',
    include: ['tests/quality/**/*.test.ts'],
    exclude: ['tests/quality/bad-input-build.test.ts'],
    globalSetup: ['tests/quality/corpus-setup.ts'],
    env: {
      SITREP_QUALITY_DIST: corpus.dist,
      SITREP_GENERATED: corpus.generated,
      SITREP_QUALITY_INPUTS: corpus.input,
      SITREP_QUALITY_PER_TYPE: '3',
    },
    testTimeout: 600_000,
    hookTimeout: 1_800_000,
    fileParallelism: false,
  },
});
