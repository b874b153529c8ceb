import { defineConfig, devices } from '@playwright/test';

import { PORTS } from './e2e/ports.ts';
import { chromiumLaunchOptions } from './scripts/browser.ts';

/**
 * End-to-end journeys against the built sites. The web servers only serve
 * what `npm test` built before; they never build.
 */
export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  // Generous for a busy two-core machine; a passing test takes a second or two.
  expect: { timeout: 10_000 },
  reporter: [['list'], ['html', { open: 'never' }]],
  use: {
    trace: 'on-first-retry',
    // The headless shell runs the suite in about half the time; projects that test what a reader's browser
    // fetches (lazy images, the favicon) use the full browser (see scripts/browser.ts).
    launchOptions: chromiumLaunchOptions('headless shell'),
  },
  projects: [
    // First: its builds are the suite's longest tests (the incremental one runs five builds in turn), and run last
    // they kept one worker busy after the other had finished.
    {
      // `npm run build` itself, in scratch folders: real builds, which have no place in the unit suite. No browser.
      name: 'build',
      testMatch: 'build/**/*.spec.ts',
    },
    {
      name: 'bundled',
      testIgnore: [
        'fixture-corpus/**',
        'static-host/**',
        'subpath/**',
        'payload/**',
        'images/**',
        'ghost/**',
        'build/**',
      ],
      use: { ...devices['Desktop Chrome'], baseURL: `http://localhost:${PORTS.bundled}` },
    },
    {
      name: 'fixture',
      testMatch: 'fixture-corpus/**/*.spec.ts',
      use: { ...devices['Desktop Chrome'], baseURL: `http://localhost:${PORTS.fixture}` },
    },
    {
      name: 'static',
      testMatch: 'static-host/**/*.spec.ts',
      use: {
        ...devices['Desktop Chrome'],
        baseURL: `http://localhost:${PORTS.static}`,
        launchOptions: chromiumLaunchOptions('full browser'),
      },
    },
    {
      name: 'subpath',
      testMatch: 'subpath/**/*.spec.ts',
      // The trailing slash matters: specs go to relative addresses ('articles/x', './'), which resolve under /news/.
      use: { ...devices['Desktop Chrome'], baseURL: `http://localhost:${PORTS.subpath}/news/` },
    },
    {
      name: 'payload',
      testMatch: 'payload/**/*.spec.ts',
      use: { ...devices['Desktop Chrome'], baseURL: `http://localhost:${PORTS.payload}` },
    },
    {
      name: 'images',
      testMatch: 'images/**/*.spec.ts',
      use: {
        ...devices['Desktop Chrome'],
        baseURL: `http://localhost:${PORTS.images}`,
        launchOptions: chromiumLaunchOptions('full browser'),
      },
    },
    {
      name: 'ghost',
      testMatch: 'ghost/**/*.spec.ts',
      use: { ...devices['Desktop Chrome'], baseURL: `http://localhost:${PORTS.ghost}` },
    },
  ],
  // Playwright starts these one after another; the binaries run directly, without npx looking each up.
  webServer: [
    {
      command: `node_modules/.bin/vite preview --port ${PORTS.bundled} --strictPort`,
      url: `http://localhost:${PORTS.bundled}`,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
    {
      command: `node_modules/.bin/vite preview --outDir dist-fixture --port ${PORTS.fixture} --strictPort`,
      url: `http://localhost:${PORTS.fixture}`,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
    {
      command: `node_modules/.bin/tsx scripts/static-server.ts dist --port ${PORTS.static}`,
      url: `http://localhost:${PORTS.static}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
    {
      command: `node_modules/.bin/tsx scripts/static-server.ts dist-news --port ${PORTS.subpath} --base /news/`,
      url: `http://localhost:${PORTS.subpath}/news/`,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
    {
      command: `node_modules/.bin/vite preview --outDir dist-payload --port ${PORTS.payload} --strictPort`,
      url: `http://localhost:${PORTS.payload}`,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
    {
      command: `node_modules/.bin/tsx scripts/static-server.ts dist-images --port ${PORTS.images}`,
      url: `http://localhost:${PORTS.images}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
    {
      command: `node_modules/.bin/tsx scripts/static-server.ts dist-ghost --port ${PORTS.ghost}`,
      url: `http://localhost:${PORTS.ghost}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
  ],
});
