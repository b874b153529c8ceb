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
      testIgnore: 'static-host/favicon.spec.ts',
      use: { ...devices['Desktop Chrome'], baseURL: `http://localhost:${PORTS.static}` },
    },
    {
      // The headless shell never asks for a favicon.
      name: 'static, full browser',
      testMatch: 'static-host/favicon.spec.ts',
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
      testIgnore: 'images/lazy-loading.spec.ts',
      use: { ...devices['Desktop Chrome'], baseURL: `http://localhost:${PORTS.images}` },
    },
    {
      // The headless shell fetches lazy images at once.
      name: 'images, full browser',
      testMatch: 'images/lazy-loading.spec.ts',
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
  // One process serves every built site (scripts/test-servers.ts); the bundled site's server listens last.
  webServer: {
    command: 'node_modules/.bin/tsx scripts/test-servers.ts',
    url: `http://localhost:${PORTS.bundled}`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
});
