/**
 * `npm run build`: checks the content, builds the site into a scratch folder
 * and only then swaps it in for `dist/` (or OUT_DIR). A failed build leaves
 * the previous output exactly as it was.
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';

import { build, type Rolldown } from 'vite';

import type { PageData } from '../src/lib/content/page-data.ts';
import { viteConfig } from '../vite.config.ts';

import { firstLoads, formatFirstLoads } from './build-report.ts';
import { loadContent, resolveContentDir } from './content/load-content.ts';
import { writeHeadersFile } from './csp.ts';
import { formatProblems } from './content/problem.ts';
import { writeFeeds } from './feeds.ts';
import { prerender } from './prerender.ts';

const root = path.resolve(import.meta.dirname, '..');
const outDir = path.resolve(root, process.env.OUT_DIR ?? 'dist');
const scratchDir = `${outDir}.next-${process.pid}`;
const retiredDir = `${outDir}.old-${process.pid}`;

function fail(message: string): never {
  rmSync(scratchDir, { recursive: true, force: true });
  console.error(message);
  console.error(`\nBuild failed; ${path.relative(root, outDir)}/ is unchanged.`);
  process.exit(1);
}

const contentDir = resolveContentDir(root);
const checked = loadContent(contentDir);
if (!checked.ok) fail(`Content problems in ${contentDir}:\n${formatProblems(checked.problems)}`);

// Canonical URLs and feeds are site.json's url plus the page's path, so the url must carry the sub-path.
const basePath = (process.env.BASE_PATH ?? '').replace(/^\/+|\/+$/g, '');
const urlPath = new URL(checked.content.site.url).pathname.replace(/^\/+|\/+$/g, '');
if (basePath !== urlPath) {
  console.warn(
    `warning: BASE_PATH is "/${basePath}" but site.json's url (${checked.content.site.url}) is served at "/${urlPath}": canonical links and feeds will point to the url's path.`,
  );
}

const started = performance.now();
let output: Rolldown.RolldownOutput | undefined;
let pageData: PageData | undefined;
let pages = 0;
try {
  const config = viteConfig({
    onPageData: (data) => {
      pageData = data;
    },
  });
  // Vite's own size table would list every data file: first-load sizes are printed below instead.
  const result = await build({
    ...config,
    configFile: false,
    root,
    logLevel: 'warn',
    build: { ...config.build, outDir: scratchDir, emptyOutDir: true, reportCompressedSize: false },
  });
  output = Array.isArray(result) ? result[0] : 'output' in result ? result : undefined;
  if (pageData === undefined) throw new Error('the content plugin produced no page data');
  const base = config.base ?? '/';
  const rendered = await prerender(root, scratchDir, pageData, base);
  pages = rendered.pages;
  writeHeadersFile(scratchDir, rendered.policy, base);
  writeFeeds(scratchDir, pageData);
} catch (error) {
  fail(error instanceof Error ? (error.stack ?? error.message) : String(error));
}

// Two renames: the old output is never half-replaced.
if (existsSync(outDir)) renameSync(outDir, retiredDir);
renameSync(scratchDir, outDir);
rmSync(retiredDir, { recursive: true, force: true });

const seconds = ((performance.now() - started) / 1000).toFixed(1);
const peakMb = Math.round(process.resourceUsage().maxRSS / 1024);
console.log(
  `built ${checked.content.articles.length} articles (${pages} pages) into ${path.relative(root, outDir)}/ in ${seconds} s, peak memory ${peakMb} MB`,
);
if (output !== undefined) console.log(`first load of each view (gzip):\n${formatFirstLoads(firstLoads(output))}`);
