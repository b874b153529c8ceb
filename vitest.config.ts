import { availableParallelism } from 'node:os';

import { defineConfig, mergeConfig } from 'vitest/config';

import viteConfig from './vite.config.ts';

export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      // Most tests are pure; a file that needs a DOM says so (`// @vitest-environment jsdom`): jsdom costs
      // about a second per file.
      environment: 'node',
      setupFiles: ['./src/test-setup.ts'],
      include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
      restoreMocks: true,
      // Vitest leaves a core free by default: on a 2-core machine that is one worker, and the suite took 71 s
      // instead of 43 s. The files run in their own workers; the main process has little to do meanwhile.
      maxWorkers: availableParallelism(),
    },
  }),
);
