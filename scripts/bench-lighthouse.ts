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
 *
 * BENCH_DIST measures another build (for a before/after comparison).
 */
import path from 'node:path';

import { preview } from 'vite';

import { openLighthouse } from './lighthouse-runs.ts';

const root = path.resolve(import.meta.dirname, '..');
const PORT = 4310;
const RUNS = Math.max(1, Number(process.env.LIGHTHOUSE_RUNS ?? 5));
const PAGES = {
  home: '/',
  article: '/articles/kim-jong-un-reportedly-awards-troops-who-fought-for-russia',
  tag: '/tags/russia',
  author: '/authors/olena-goncharova',
};

const server = await preview({
  root,
  build: { outDir: path.resolve(root, process.env.BENCH_DIST ?? 'dist') },
  preview: { port: PORT, strictPort: true },
  logLevel: 'silent',
});
const lighthouse = await openLighthouse(`http://localhost:${PORT}/`);

const rows: string[][] = [];
let version = '';
try {
  for (const [name, pathname] of Object.entries(PAGES)) {
    const { median, lowest, highest } = await lighthouse.measure(`http://localhost:${PORT}${pathname}`, RUNS, [
      'performance',
      'accessibility',
      'best-practices',
      'seo',
    ]);
    const { categories, audits, lighthouseVersion } = median;
    version = lighthouseVersion;
    const score = (id: string) => String(Math.round((categories[id]?.score ?? 0) * 100));
    const metric = (id: string) => audits[id]?.displayValue ?? '?';
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
  lighthouse.close();
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
console.log(`\nLighthouse ${version} (mobile preset), ${lighthouse.chromePath}; the median of ${RUNS} runs per page\n`);
console.log([header, header.map(() => '---'), ...rows].map((row) => `| ${row.join(' | ')} |`).join('\n'));
