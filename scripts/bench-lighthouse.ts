/**
 * `npm run bench:lighthouse`: Lighthouse (mobile preset, simulated slow 4G
 * and a mid-range phone) over the home, article, tag and author pages of the
 * built site in dist/ (run `npm run build` first). Prints the four category
 * scores and LCP, TBT and CLS for each page.
 *
 * Each page is measured LIGHTHOUSE_RUNS times (default 5) and the run with the
 * median performance score is reported, as Lighthouse's own guidance on
 * variability advises; the range of scores is printed beside it, so a lucky
 * run cannot pass for the norm.
 */
import path from 'node:path';

import { chromium } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { type Result } from 'lighthouse';
import { preview } from 'vite';

import { SYSTEM_CHROMIUM_ARGS, systemChromium } from './browser.ts';

const root = path.resolve(import.meta.dirname, '..');
const PORT = 4310;
const RUNS = Math.max(1, Number(process.env.LIGHTHOUSE_RUNS ?? 5));
const PAGES = {
  home: '/',
  article: '/articles/kim-jong-un-reportedly-awards-troops-who-fought-for-russia',
  tag: '/tags/russia',
  author: '/authors/olena-goncharova',
};

const server = await preview({ root, preview: { port: PORT, strictPort: true }, logLevel: 'silent' });
const chromePath = systemChromium() ?? chromium.executablePath();
const chrome = await chromeLauncher.launch({
  chromePath,
  chromeFlags: ['--headless=new', ...SYSTEM_CHROMIUM_ARGS],
});

const rows: string[][] = [];
let version = '';
try {
  // A fresh browser spends its first page load on its own start-up: one run, thrown away, so the home page is
  // measured as warm as the others.
  await lighthouse(`http://localhost:${PORT}/`, {
    port: chrome.port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance'],
  });
  for (const [name, pathname] of Object.entries(PAGES)) {
    const runs: Result[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      const result = await lighthouse(`http://localhost:${PORT}${pathname}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      });
      if (result === undefined) throw new Error(`no Lighthouse result for ${pathname}`);
      runs.push(result.lhr);
    }
    const performance = (lhr: Result) => lhr.categories.performance?.score ?? 0;
    runs.sort((a, b) => performance(a) - performance(b));
    const median = runs[Math.floor(runs.length / 2)];
    if (median === undefined) throw new Error(`no Lighthouse run for ${pathname}`);
    const { categories, audits, lighthouseVersion } = median;
    version = lighthouseVersion;
    const score = (id: string) => String(Math.round((categories[id]?.score ?? 0) * 100));
    const metric = (id: string) => audits[id]?.displayValue ?? '?';
    const lowest = Math.round(performance(runs[0] ?? median) * 100);
    const highest = Math.round(performance(runs.at(-1) ?? median) * 100);
    rows.push([
      name,
      score('performance'),
      lowest === highest ? String(lowest) : `${lowest}–${highest}`,
      score('accessibility'),
      score('best-practices'),
      score('seo'),
      metric('largest-contentful-paint'),
      metric('total-blocking-time'),
      metric('cumulative-layout-shift'),
    ]);
    const failing = Object.values(audits).filter(
      (audit) =>
        audit.score !== null &&
        audit.score < 0.9 &&
        audit.scoreDisplayMode !== 'informative' &&
        audit.scoreDisplayMode !== 'manual',
    );
    for (const audit of failing)
      console.log(`  ${name}: ${audit.id} ${audit.displayValue ?? ''} (score ${audit.score ?? ''})`);
  }
} finally {
  chrome.kill();
  await server.close();
}

const header = [
  'page',
  'performance',
  `range (${RUNS} runs)`,
  'accessibility',
  'best practices',
  'SEO',
  'LCP',
  'TBT',
  'CLS',
];
console.log(`\nLighthouse ${version} (mobile preset), ${chromePath}; the median of ${RUNS} runs per page\n`);
console.log([header, header.map(() => '---'), ...rows].map((row) => `| ${row.join(' | ')} |`).join('\n'));
