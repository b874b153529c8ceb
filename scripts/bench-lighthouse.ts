/**
 * `npm run bench:lighthouse`: Lighthouse (mobile preset, simulated slow 4G
 * and a mid-range phone) over the home, article, tag and author pages of the
 * built site in dist/ (run `npm run build` first). Prints the four category
 * scores and LCP, TBT and CLS for each page.
 */
import path from 'node:path';

import { chromium } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { preview } from 'vite';

import { SYSTEM_CHROMIUM_ARGS, systemChromium } from './browser.ts';

const root = path.resolve(import.meta.dirname, '..');
const PORT = 4310;
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
  for (const [name, pathname] of Object.entries(PAGES)) {
    const result = await lighthouse(`http://localhost:${PORT}${pathname}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    });
    if (result === undefined) throw new Error(`no Lighthouse result for ${pathname}`);
    const { categories, audits, lighthouseVersion } = result.lhr;
    version = lighthouseVersion;
    const score = (id: string) => String(Math.round((categories[id]?.score ?? 0) * 100));
    const metric = (id: string) => audits[id]?.displayValue ?? '?';
    rows.push([
      name,
      score('performance'),
      score('accessibility'),
      score('best-practices'),
      score('seo'),
      metric('largest-contentful-paint'),
      metric('total-blocking-time'),
      metric('cumulative-layout-shift'),
    ]);
    const failing = Object.values(audits).filter(
      (audit) => audit.score !== null && audit.score < 0.9 && audit.scoreDisplayMode !== 'informative' && audit.scoreDisplayMode !== 'manual',
    );
    for (const audit of failing) console.log(`  ${name}: ${audit.id} ${audit.displayValue ?? ''} (score ${audit.score ?? ''})`);
  }
} finally {
  chrome.kill();
  await server.close();
}

const header = ['page', 'performance', 'accessibility', 'best practices', 'SEO', 'LCP', 'TBT', 'CLS'];
console.log(`\nLighthouse ${version} (mobile preset), ${chromePath}\n`);
console.log([header, header.map(() => '---'), ...rows].map((row) => `| ${row.join(' | ')} |`).join('\n'));
