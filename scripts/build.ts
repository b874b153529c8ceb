/**
 * `npm run build`: checks the content, builds the site into a scratch folder
 * and only then swaps it in for `dist/` (or OUT_DIR). A failed build leaves
 * the previous output exactly as it was.
 */
import { spawn } from 'node:child_process';
import { existsSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { build, type Rolldown } from 'vite';

import type { PageData } from '../src/build/view-model/page-data.ts';
import { normalizeBasePath } from '../src/lib/base-path.ts';
import { viteConfig } from '../vite.config.ts';

import { FIRST_LOAD_REPORT, firstLoads, formatFirstLoads, type FirstLoad } from './build-report.ts';
import { loadContent, resolveContentDir } from './content/load-content.ts';
import { writeHeadersFile } from './csp.ts';
import { formatProblems } from './content/problem.ts';
import { imageCacheDir, startImagePipeline, type ImageBuildReport } from './images/image-pipeline.ts';
import { writeFeeds } from './feeds.ts';
import { pageCacheDir } from './page-cache.ts';
import { buildRenderer, prerender } from './prerender.ts';
import { hostWarnings } from './host-limits.ts';
import { formatOutputSummary, outputReport } from './output-report.ts';

const root = path.resolve(import.meta.dirname, '..');
const outDir = path.resolve(root, process.env.OUT_DIR ?? 'dist');
const scratchDir = `${outDir}.next-${process.pid}`;
/** `npm run build -- --clean` or BUILD_CLEAN=1: render every page, whatever the page cache holds. */
const clean = process.argv.includes('--clean') || process.env.BUILD_CLEAN === '1';
const retiredDir = `${outDir}.old-${process.pid}`;

function removeInBackground(dir: string): void {
  const child = spawn(
    process.execPath,
    ['-e', `require('node:fs').rmSync(${JSON.stringify(dir)}, { recursive: true, force: true })`],
    {
      detached: true,
      stdio: 'ignore',
    },
  );
  child.unref();
}

function fail(message: string): never {
  rmSync(scratchDir, { recursive: true, force: true });
  console.error(message);
  console.error(`\nBuild failed; ${path.relative(root, outDir)}/ is unchanged.`);
  process.exit(1);
}

const contentDir = resolveContentDir(root);
const checked = await loadContent(contentDir);
if (!checked.ok) fail(`Content problems in ${contentDir}:\n${formatProblems(checked.problems)}`);

// Variants are made alongside the whole build, from here on.
const images = startImagePipeline({
  content: checked.content,
  contentDir,
  cacheDir: imageCacheDir(root, contentDir),
});

let pageData: PageData | undefined;
const config = viteConfig({
  content: checked.content,
  images,
  onPageData: (data) => {
    pageData = data;
  },
});
const base = normalizeBasePath(config.base);

// Canonical URLs and feeds are site.json's url plus the page's path, so the url must carry the sub-path.
const urlPath = normalizeBasePath(new URL(checked.content.site.url).pathname);
if (base !== urlPath) {
  console.warn(
    `warning: BASE_PATH is "${base}" but site.json's url (${checked.content.site.url}) is served at "${urlPath}": canonical links and feeds will point to the url's path.`,
  );
}

const started = performance.now();
let output: Rolldown.RolldownOutput | undefined;
let loads: FirstLoad[] = [];
let pages = 0;
let reusedPages = 0;
let imageReport: ImageBuildReport = { images: 0, files: 0, encoded: 0, reused: 0, pruned: 0 };
// The server renderer needs only the sources and the site's details: it builds while the client build runs.
const renderer = buildRenderer(root, checked.content);
const disposeRenderer = () =>
  renderer.then(
    ({ dispose }) => {
      dispose();
    },
    // A renderer that failed to build has cleaned up after itself.
    () => undefined,
  );
try {
  // Vite's own size table would list every data file: first-load sizes are printed below instead.
  const [result] = await Promise.all([
    build({
      ...config,
      configFile: false,
      root,
      logLevel: 'warn',
      build: { ...config.build, outDir: scratchDir, emptyOutDir: true, reportCompressedSize: false },
    }),
    renderer,
  ]);
  output = Array.isArray(result) ? result[0] : 'output' in result ? result : undefined;
  if (output !== undefined) {
    loads = firstLoads(output);
    writeFileSync(path.join(scratchDir, FIRST_LOAD_REPORT), JSON.stringify(loads, null, 2));
  }
  if (pageData === undefined) throw new Error('the content plugin produced no page data');
  const rendering = prerender(await renderer, scratchDir, pageData, base, {
    dir: pageCacheDir(root, contentDir, outDir),
    previousOutDir: outDir,
    clean,
  });
  // The prerender's workers render on their own threads: this one writes the feeds and sitemap meanwhile.
  writeFeeds(scratchDir, pageData);
  const rendered = await rendering;
  pages = rendered.pages;
  reusedPages = rendered.reused;
  imageReport = await images.writeTo(scratchDir);
  writeHeadersFile(scratchDir, rendered.policy, base);
} catch (error) {
  await disposeRenderer();
  fail(error instanceof Error ? (error.stack ?? error.message) : String(error));
}
await disposeRenderer();

// Two renames: the old output is never half-replaced.
const replacing = existsSync(outDir);
if (replacing) renameSync(outDir, retiredDir);
renameSync(scratchDir, outDir);
// Deleting the previous output (tens of thousands of files for a large site) took a third of a 10,000-article
// build; the new output is already in place, so a detached process clears the old one while the build returns.
if (replacing) removeInBackground(retiredDir);

const seconds = ((performance.now() - started) / 1000).toFixed(1);
const peakMb = Math.round(process.resourceUsage().maxRSS / 1024);
console.log(
  `built ${checked.content.articles.length} articles (${pages} pages, ${pages - reusedPages} rendered, ${reusedPages} unchanged)${clean ? ' clean' : ''} into ${path.relative(root, outDir)}/ in ${seconds} s, peak memory ${peakMb} MB`,
);
if (imageReport.images > 0) {
  const { images: count, files, encoded, reused, pruned } = imageReport;
  console.log(
    `images: ${count} (${files} variant files): ${encoded} encoded, ${reused} from the cache, ${pruned} stale cache entries removed`,
  );
}
console.log(`first load of each view (gzip):\n${formatFirstLoads(loads)}`);

// What a host would be sent, and every host limit it is over (docs/hosting.md).
const published = outputReport(outDir);
console.log(formatOutputSummary(published));
for (const warning of hostWarnings(published)) console.warn(`warning: ${warning}`);
