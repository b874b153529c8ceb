import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';

import { defineConfig, mergeConfig } from 'vitest/config';

import viteConfig from './vite.config.ts';

const TEST_FILES = ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'];

/**
 * Test files that need a fresh module registry: those that mock modules or stub globals (a shared registry would
 * hand their mocks to other files), and those that run in a DOM (jsdom keeps what a test left in the document).
 * Found by what the file says, so a new test that mocks is isolated without anyone listing it.
 */
const NEEDS_ISOLATION = /\bvi\.(?:mock|doMock|unmock|stubGlobal|stubEnv|resetModules)\(|@vitest-environment\s+jsdom/;
const isolatedFiles = ['src', 'scripts']
  .flatMap((dir) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((file) => `${dir}/${file}`))
  .filter((file) => /\.test\.tsx?$/.test(file) && NEEDS_ISOLATION.test(readFileSync(file, 'utf8')));

export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      // Most tests are pure; a file that needs a DOM says so (`// @vitest-environment jsdom`): jsdom costs
      // about a second per file.
      environment: 'node',
      setupFiles: ['./src/test-setup.ts'],
      restoreMocks: true,
      // Vitest leaves a core free by default: on a 2-core machine that is one worker, and the suite took 71 s
      // instead of 43 s. The files run in their own workers; the main process has little to do meanwhile.
      maxWorkers: availableParallelism(),
      projects: [
        { extends: true, test: { name: 'isolated', include: isolatedFiles } },
        // The pure tests share each worker's module registry instead of evaluating zod, React and the view model
        // again for every file: the suite's CPU time went from 99 s to about 60 s.
        { extends: true, test: { name: 'shared', include: TEST_FILES, exclude: isolatedFiles, isolate: false } },
      ],
    },
  }),
);
