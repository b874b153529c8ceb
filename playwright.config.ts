import { defineConfig, devices } from '@playwright/test';

import { chromiumLaunchOptions } from './scripts/browser.ts';

/** The bundled content, built to dist/ by `npm run build`. */
const BUNDLED_PORT = 4173;
/** The multi-article fixture (e2e/fixture-content), built to dist-fixture/ by `npm run build:fixture`. */
const FIXTURE_PORT = 4174;
/** dist/ again, from the plain static server (scripts/static-server.ts): no rewrites, no fallback. */
const STATIC_PORT = 4175;
/** dist-news/ (`npm run build:subpath`, BASE_PATH=/news/) from the plain static server, under /news/. */
const SUBPATH_PORT = 4176;
/** The script-payload fixture (e2e/payload-content), built to dist-payload/ by `npm run build:payload`. */
const PAYLOAD_PORT = 4177;

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
    launchOptions: chromiumLaunchOptions(),
  },
  projects: [
    {
      name: 'bundled',
      testIgnore: ['fixture-corpus/**', 'static-host/**', 'subpath/**', 'payload/**'],
      use: { ...devices['Desktop Chrome'], baseURL: `http://localhost:${BUNDLED_PORT}` },
    },
    {
      name: 'fixture',
      testMatch: 'fixture-corpus/**/*.spec.ts',
      use: { ...devices['Desktop Chrome'], baseURL: `http://localhost:${FIXTURE_PORT}` },
    },
    {
      name: 'static',
      testMatch: 'static-host/**/*.spec.ts',
      use: { ...devices['Desktop Chrome'], baseURL: `http://localhost:${STATIC_PORT}` },
    },
    {
      name: 'subpath',
      testMatch: 'subpath/**/*.spec.ts',
      // The trailing slash matters: specs go to relative addresses ('articles/x', './'), which resolve under /news/.
      use: { ...devices['Desktop Chrome'], baseURL: `http://localhost:${SUBPATH_PORT}/news/` },
    },
    {
      name: 'payload',
      testMatch: 'payload/**/*.spec.ts',
      use: { ...devices['Desktop Chrome'], baseURL: `http://localhost:${PAYLOAD_PORT}` },
    },
  ],
  webServer: [
    {
      command: `npx vite preview --port ${BUNDLED_PORT} --strictPort`,
      url: `http://localhost:${BUNDLED_PORT}`,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
    {
      command: `npx vite preview --outDir dist-fixture --port ${FIXTURE_PORT} --strictPort`,
      url: `http://localhost:${FIXTURE_PORT}`,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
    {
      command: `npx tsx scripts/static-server.ts dist --port ${STATIC_PORT}`,
      url: `http://localhost:${STATIC_PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
    {
      command: `npx tsx scripts/static-server.ts dist-news --port ${SUBPATH_PORT} --base /news/`,
      url: `http://localhost:${SUBPATH_PORT}/news/`,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
    {
      command: `npx vite preview --outDir dist-payload --port ${PAYLOAD_PORT} --strictPort`,
      url: `http://localhost:${PAYLOAD_PORT}`,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
  ],
});
