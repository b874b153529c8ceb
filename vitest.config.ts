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
    },
  }),
);
