import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';

import { defineConfig, mergeConfig } from 'vitest/config';

import viteConfig from './vite.config.ts';

const TEST_FILES = ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'];

/**
 * Test files that need a fresh module registry: those that mock modules or stub globals (a shared registry would
 * hand their mocks to other files). Found by what the file says, so a new test that mocks is isolated without
 * anyone listing it. Files that run in a DOM (`// @vitest-environment jsdom`) and mock nothing share one jsdom
 * per worker: Testing Library unmounts what each test rendered, and the suite passes in shuffled orders
 * (`npx vitest run --sequence.shuffle`).
 */
const NEEDS_ISOLATION = /\bvi\.(?:mock|doMock|unmock|stubGlobal|stubEnv|resetModules)\(/;
const IN_A_DOM = /@vitest-environment\s+jsdom/;
const testFiles = ['src', 'scripts']
  .flatMap((dir) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((file) => `${dir}/${file}`))
  .filter((file) => /\.test\.tsx?$/.test(file))
  .map((file) => ({ file, text: readFileSync(file, 'utf8') }));
const isolatedFiles = testFiles.filter(({ text }) => NEEDS_ISOLATION.test(text)).map(({ file }) => file);
const domFiles = testFiles
  .filter(({ text }) => IN_A_DOM.test(text) && !NEEDS_ISOLATION.test(text))
  .map(({ file }) => file);

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
      // Worker threads rather than processes: alone the suite took 38.9-42.8 s of CPU against 41.5-46.0 s (two runs
      // each), and in npm test it shares two cores with lint and the typecheck. No test changes the working
      // directory, which a thread cannot.
      pool: 'threads',
      projects: [
        { extends: true, test: { name: 'isolated', include: isolatedFiles } },
        // A jsdom of their own cost these 22 files about a second each: the unit suite took 46 s (75 s of CPU)
        // with it and 25-28 s (38-43 s) without.
        { extends: true, test: { name: 'dom', include: domFiles, environment: 'jsdom', isolate: false } },
        // The pure tests share each worker's module registry instead of evaluating zod, React and the view model
        // again for every file: the suite's CPU time went from 99 s to about 60 s.
        {
          extends: true,
          test: { name: 'shared', include: TEST_FILES, exclude: [...isolatedFiles, ...domFiles], isolate: false },
        },
      ],
    },
  }),
);
