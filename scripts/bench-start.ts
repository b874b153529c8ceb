/**
 * `npm run bench:start`: how soon a first visit on a slow phone can be read
 * and used, and how fast a link the reader pointed at opens.
 *
 * 1. Each kind of view of the built site in dist/ (run `npm run build`
 *    first), opened cold on Lighthouse's mobile settings applied through
 *    the DevTools protocol: 150 ms round trips, 1.6 Mbit/s down, 750 kbit/s
 *    up, the CPU slowed 4×, a 412 × 823 phone screen. For each, the median
 *    of BENCH_RUNS loads (default 5) of:
 *    - first paint: the browser's first-contentful-paint;
 *    - app running: the app's own announcement that it has taken over
 *      (src/app/app-ready.ts);
 *    - first input that works: "/" is pressed every 50 ms from the start of
 *      the navigation, and the figure is the moment the first press that
 *      focused the search box was made (the event's timestamp).
 * 2. Unthrottled, on this machine: click to new headline for every link of
 *    the article that leads to another view, clicked at once ("cold") and
 *    after the pointer has rested on it for 300 ms ("pointed at").
 *
 * BENCH_DIST serves another build (for a before/after comparison).
 */
import path from 'node:path';

import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { preview } from 'vite';

import { APP_READY_EVENT } from '../src/app/app-ready.ts';
import { folderAddress } from '../src/lib/paths.ts';
import { chromiumLaunchOptions } from './browser.ts';

const root = path.resolve(import.meta.dirname, '..');
const outDir = path.resolve(root, process.env.BENCH_DIST ?? 'dist');
const PORT = 4311;
const ORIGIN = `http://localhost:${PORT}`;
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 5));
const ARTICLE = '/articles/kim-jong-un-reportedly-awards-troops-who-fought-for-russia';
const VIEWS = {
  latest: '/',
  article: ARTICLE,
  'tag-index': '/tags',
  tag: '/tags/russia',
  'author-index': '/authors',
  author: '/authors/olena-goncharova',
  search: '/search',
};
const KEY_INTERVAL_MS = 50;
const GIVE_UP_MS = 20_000;

/** Lighthouse's mobile preset (lighthouse/core/config/constants.js): slow 4G and a mid-range phone. */
const SLOW_4G = {
  offline: false,
  latency: 150,
  downloadThroughput: (1.6 * 1024 * 1024) / 8,
  uploadThroughput: (750 * 1024) / 8,
};
const CPU_SLOWDOWN = 4;
const PHONE = { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true };

type StartTimes = { paint: number; app: number; input: number };

declare global {
  interface Window {
    benchAppAt?: number;
    benchLastSlashAt?: number;
    benchInputAt?: number;
    benchClickAt?: number;
    benchHeadlineAt?: number;
    benchReport?: (what: 'app' | 'input') => Promise<void>;
  }
}

/** Records, in the page's own clock, when the app announces itself and when a "/" first reached the search box. */
async function recordStart(context: BrowserContext): Promise<void> {
  await context.addInitScript((appReadyEvent) => {
    document.addEventListener(appReadyEvent, () => {
      window.benchAppAt ??= performance.now();
      void window.benchReport?.('app');
    });
    window.addEventListener(
      'keydown',
      (event) => {
        if (event.key === '/') window.benchLastSlashAt = event.timeStamp;
      },
      true,
    );
    document.addEventListener('focusin', (event) => {
      if (
        event.target instanceof HTMLInputElement &&
        event.target.type === 'search' &&
        window.benchInputAt === undefined
      ) {
        window.benchInputAt = window.benchLastSlashAt;
        void window.benchReport?.('input');
      }
    });
  }, APP_READY_EVENT);
}

/**
 * One cold load. The page reports the app's start and the first working "/" through a binding, so nothing
 * polls it: a poll is a task on the main thread it would be measuring.
 */
async function measureStart(browser: Browser, pathname: string): Promise<StartTimes> {
  const context = await browser.newContext(PHONE);
  try {
    const reported = { input: false };
    let appRan: () => void = () => undefined;
    const appRunning = new Promise<void>((resolve) => {
      appRan = resolve;
    });
    await context.exposeBinding('benchReport', (_source, what: unknown) => {
      if (what === 'input') reported.input = true;
      if (what === 'app') appRan();
    });
    await recordStart(context);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    const giveUp = setTimeout(() => {
      appRan();
    }, GIVE_UP_MS);
    await page.goto(`${ORIGIN}${pathname}`, { waitUntil: 'commit' });
    const started = Date.now();
    while (!reported.input && Date.now() - started < GIVE_UP_MS) {
      await page.keyboard.press('/').catch(() => undefined);
      await new Promise((resolve) => setTimeout(resolve, KEY_INTERVAL_MS));
    }
    await appRunning;
    clearTimeout(giveUp);
    const times = await page.evaluate(() => ({
      paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
      app: window.benchAppAt ?? Number.NaN,
      input: window.benchInputAt ?? Number.NaN,
    }));
    if (Number.isNaN(times.app) || Number.isNaN(times.input))
      throw new Error(`${pathname}: no working input or app after ${GIVE_UP_MS / 1000} s`);
    return times;
  } finally {
    await context.close();
  }
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? Number.NaN)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const millis = (ms: number) => `${ms.toFixed(0)} ms`;

function printTable(header: string[], rows: string[][]): void {
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: string[]) => `| ${cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(' | ')} |`;
  console.log(line(header));
  console.log(`| ${widths.map((width) => '-'.repeat(width)).join(' | ')} |`);
  for (const row of rows) console.log(line(row));
}

/** The article's links to other views, in page order, each once. */
async function viewLinks(page: Page): Promise<string[]> {
  const hrefs = await page
    .getByRole('main')
    .getByRole('link')
    .evaluateAll(
      (links, origin) =>
        links
          .map((link) => (link instanceof HTMLAnchorElement ? link.href : ''))
          .filter((href) => href.startsWith(origin) && !href.includes('#')),
      ORIGIN,
    );
  // The page's own links name its folder, as every link does (paths.ts: folderAddress).
  return [...new Set(hrefs)]
    .map((href) => new URL(href).pathname)
    .filter((pathname) => pathname !== folderAddress(ARTICLE));
}

/** Click to new headline, in the page's clock: from the click event to the mutation that put the new <h1> text in. */
async function clickToHeadline(page: Page, pathname: string, pointFirst: boolean): Promise<number> {
  const link = page.locator(`main a[href="${pathname}"]`).first();
  await link.scrollIntoViewIfNeeded();
  const before = await page.getByRole('heading', { level: 1 }).textContent();
  await page.evaluate((oldHeadline) => {
    window.benchClickAt = undefined;
    window.benchHeadlineAt = undefined;
    window.addEventListener(
      'click',
      (event) => {
        window.benchClickAt = event.timeStamp;
      },
      { capture: true, once: true },
    );
    const observer = new MutationObserver(() => {
      const headline = document.querySelector('h1')?.textContent;
      if (headline !== undefined && headline !== oldHeadline) {
        window.benchHeadlineAt = performance.now();
        observer.disconnect();
      }
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  }, before);
  if (pointFirst) {
    await link.hover();
    await page.waitForTimeout(300);
  }
  await link.click();
  await page.waitForFunction(() => window.benchHeadlineAt !== undefined);
  const elapsed = await page.evaluate(
    () => (window.benchHeadlineAt ?? Number.NaN) - (window.benchClickAt ?? Number.NaN),
  );
  await page.goBack();
  await page
    .getByRole('heading', { level: 1 })
    .filter({ hasText: before ?? '' })
    .waitFor();
  return elapsed;
}

async function measureClicks(browser: Browser, pointFirst: boolean): Promise<number[]> {
  const times: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const context = await browser.newContext();
    try {
      await recordStart(context);
      const page = await context.newPage();
      await page.goto(`${ORIGIN}${ARTICLE}`);
      await page.waitForFunction(() => window.benchAppAt !== undefined);
      for (const pathname of await viewLinks(page)) times.push(await clickToHeadline(page, pathname, pointFirst));
    } finally {
      await context.close();
    }
  }
  return times;
}

const server = await preview({
  root,
  build: { outDir },
  preview: { port: PORT, strictPort: true },
  logLevel: 'silent',
});
const browser = await chromium.launch(chromiumLaunchOptions());
try {
  console.log(
    `Serving ${path.relative(root, outDir) || '.'}; ${RUNS} cold loads of each view on the throttled phone.\n`,
  );
  // A fresh browser's first load pays for the browser's own start-up: one load, thrown away.
  await measureStart(browser, '/');
  const rows: string[][] = [];
  for (const [view, pathname] of Object.entries(VIEWS)) {
    const runs: StartTimes[] = [];
    for (let run = 0; run < RUNS; run += 1) runs.push(await measureStart(browser, pathname));
    const of = (key: keyof StartTimes) => runs.map((times) => times[key]);
    const range = (key: keyof StartTimes) =>
      `${seconds(Math.min(...of(key)))}–${seconds(Math.max(...of(key)))}`.replaceAll(' s–', '–');
    rows.push([
      view,
      seconds(median(of('paint'))),
      seconds(median(of('app'))),
      range('app'),
      seconds(median(of('input'))),
    ]);
  }
  printTable(['view', 'first paint', 'app running', 'app range', 'first working input'], rows);

  console.log(`\nClick to new headline, unthrottled, every view link of the article, ${RUNS} runs:\n`);
  const cold = await measureClicks(browser, false);
  const pointed = await measureClicks(browser, true);
  printTable(
    ['link', 'clicks', 'median', 'fastest', 'slowest'],
    [
      [
        'clicked at once',
        String(cold.length),
        millis(median(cold)),
        millis(Math.min(...cold)),
        millis(Math.max(...cold)),
      ],
      [
        'pointed at 300 ms first',
        String(pointed.length),
        millis(median(pointed)),
        millis(Math.min(...pointed)),
        millis(Math.max(...pointed)),
      ],
    ],
  );
} finally {
  await browser.close();
  await server.close();
}
