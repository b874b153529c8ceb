/**
 * `npm run build`: checks the content, builds the site and only then updates
 * `dist/` (or OUT_DIR) in place, changing only the files that changed
 * (scripts/output-writer.ts). A failed build leaves the previous output
 * exactly as it was.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { catalogueOf, lazyCatalogue, siteInfo } from '../src/build/view-model/catalogue.ts';
import { pageDataOf } from '../src/build/view-model/page-data.ts';
import { normalizeBasePath } from '../src/lib/base-path.ts';

import { basePathSetting } from './base-path-setting.ts';
import { FIRST_LOAD_REPORT, FirstLoadsSchema, firstLoads, formatFirstLoads, type FirstLoad } from './build-report.ts';
import { buildEnvironment, bundleCacheDir, codeKey, restoreBundle, storeBundle } from './bundle-cache.ts';
import { imageSizes, imageSizesFile } from './content/image-sizes.ts';
import { articleFileCount, loadContent, resolveContentDir } from './content/load-content.ts';
import { writeHeadersFile } from './csp.ts';
import { ContentProblems, formatProblems } from './content/problem.ts';
import { imageCacheDir, startImagePipeline, type ImageBuildReport } from './images/image-pipeline.ts';
import { variantResolver } from './images/content-images.ts';
import { serializeDataFiles, writeDataFiles, type KeptDataFiles } from './data-files.ts';
import { keptFiles } from './kept-files.ts';
import { writeFeeds } from './feeds.ts';
import { openOutput, realOutputDir, type OutputWriter } from './output-writer.ts';
import { pageCacheDir } from './page-cache.ts';
import { buildRenderer, prerender } from './prerender.ts';
import { hostWarnings } from './host-limits.ts';
import { limitHeapGrowth } from './heap-growth.ts';
import { formatOutputSummary, outputReportOf } from './output-report.ts';
import { filesUnder } from './files-under.ts';
import { phaseClock } from './phase-clock.ts';
import { counted } from './counted.ts';
import { articleDigests } from './article-digests.ts';
import { searchIndexOnThread } from './search-index-thread.ts';

const root = path.resolve(import.meta.dirname, '..');
const outDir = realOutputDir(path.resolve(root, process.env.OUT_DIR ?? 'dist'));
/** The client build, made or restored here, and copied into the output file by file. */
const clientDir = `${outDir}.client-${process.pid}`;
/** `npm run build -- --clean` or BUILD_CLEAN=1: rebuild the bundles, render every page and write every file. */
const clean = process.argv.includes('--clean') || process.env.BUILD_CLEAN === '1';
let output: OutputWriter | undefined;

/** Set once the output starts to change (output-writer.ts: commit), when a failure can no longer leave it as it was. */
let committing = false;

function fail(message: string): never {
  output?.abort();
  rmSync(clientDir, { recursive: true, force: true });
  console.error(message);
  const out = `${path.relative(root, outDir)}/`;
  console.error(
    committing
      ? `\nBuild failed while updating ${out}: some of its files may be this build's; build again to finish it.`
      : `\nBuild failed; ${out} is unchanged.`,
  );
  process.exit(1);
}

const contentDir = resolveContentDir(root);
const clock = phaseClock();
// A large archive's build is held under 4 GB by collecting garbage sooner (heap-growth.ts), from its first
// collection on.
limitHeapGrowth(articleFileCount(contentDir));
try {
  output = openOutput(outDir, { clean });
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
// What the output holds is listed on another thread while this one reads the content (output-snapshot.ts).
void output.found();
// A clean build sizes every image from its file again.
const checked = await loadContent(contentDir, clean ? {} : { sizes: imageSizes(imageSizesFile(root, contentDir)) });
clock.lap('content');
if (!checked.ok) fail(`Content problems in ${contentDir}:\n${formatProblems(checked.problems)}`);

/** What the last build put in this output: its pages, feeds, data files and photos' variants (decision 011). */
const cacheDir = pageCacheDir(root, contentDir, outDir);
// Variants are made alongside the whole build, from here on.
const images = startImagePipeline({
  content: checked.content,
  contentDir,
  cacheDir: imageCacheDir(root, contentDir),
  clean,
  kept: keptFiles('variants', cacheDir, outDir, { clean }),
});

const base = basePathSetting();

// Canonical URLs and feeds are site.json's url plus the page's path, so the url must carry the sub-path.
const urlPath = normalizeBasePath(new URL(checked.content.site.url).pathname);
if (base !== urlPath) {
  console.warn(
    `warning: BASE_PATH is "${base}" but site.json's url (${checked.content.site.url}) is served at "${urlPath}": canonical links and feeds will point to the url's path.`,
  );
}

const started = performance.now();
let loads: FirstLoad[] = [];
let pages = 0;
let reusedPages = 0;
/** Articles the search index found terms in, and those it took as the last build found them (search-terms-memo.ts). */
let searchArticles = { indexed: 0, reused: 0 };
let imageReport: ImageBuildReport = { images: 0, files: 0, analysed: 0, encoded: 0, reused: 0, kept: 0, pruned: 0 };
// The bundles are made from the code, the base path and the site's details, not from the articles: a build that
// publishes content with unchanged code reuses them (scripts/bundle-cache.ts).
const bundles = {
  dir: bundleCacheDir(root),
  key: codeKey(root, {
    base,
    env: buildEnvironment(),
    site: siteInfo(checked.content.site, checked.content.pages),
  }),
  clean,
};
// The server renderer needs only the sources and the site's details: it builds while the client build runs.
const renderer = buildRenderer(root, checked.content, bundles);
const disposeRenderer = () =>
  renderer.then(
    ({ dispose }) => {
      dispose();
    },
    // A renderer that failed to build has cleaned up after itself.
    () => undefined,
  );
// Whether both bundles came from the cache.
let reusedBundles = false;
let moved: Awaited<ReturnType<OutputWriter['commit']>> = { changed: 0, removed: 0 };
/** The output's files once the build is committed: the report sizes each (output-writer.ts: sizeOf), reading no folder. */
let committed: ReadonlySet<string> = new Set();
try {
  reusedBundles = !clean && restoreBundle(bundles.dir, bundles.key, 'client', clientDir);
  if (reusedBundles) {
    loads = FirstLoadsSchema.parse(JSON.parse(readFileSync(path.join(clientDir, FIRST_LOAD_REPORT), 'utf8')));
  } else {
    // Vite and the app's config (Tailwind, React) take a second to load: only a build whose code changed needs them.
    const [{ build }, { viteConfig }] = await Promise.all([import('vite'), import('../vite.config.ts')]);
    const config = viteConfig({ content: checked.content });
    // Vite's own size table would list every asset: first-load sizes are printed below instead.
    const result = await build({
      ...config,
      configFile: false,
      root,
      logLevel: 'warn',
      build: { ...config.build, outDir: clientDir, emptyOutDir: true, reportCompressedSize: false },
    });
    const bundle = Array.isArray(result) ? result[0] : 'output' in result ? result : undefined;
    if (bundle !== undefined) {
      loads = firstLoads(bundle);
      writeFileSync(path.join(clientDir, FIRST_LOAD_REPORT), JSON.stringify(loads, null, 2));
    }
    storeBundle(bundles.dir, bundles.key, 'client', clientDir);
  }
  // Vite's index.html is the pages' template; the home page takes its place in the output.
  for (const file of filesUnder(clientDir)) {
    if (file !== 'index.html') output.write(file, readFileSync(path.join(clientDir, file)));
  }
  clock.lap(reusedBundles ? 'client bundle (reused)' : 'client bundle');
  const ready = await renderer;
  clock.lap(ready.reused ? 'server bundle (reused)' : 'server bundle');
  reusedBundles &&= ready.reused;
  // The search index is made on another thread while this one makes related reading, the feeds and the pages'
  // jobs, and the pages are rendered. It needs only the articles' own views, and indexes each batch of them as soon
  // as it is made; its files are written as soon as it is done, between two batches of jobs.
  const keptData: KeptDataFiles = { files: keptFiles('data', cacheDir, outDir, { clean }), keys: new Map() };
  const catalogue = lazyCatalogue(checked.content, variantResolver(await images.planned, base), checked.identity);
  // Each article's page and search terms are keyed by what they are made from: one that stays makes neither its
  // view's body nor its view's JSON.
  const pageDigests = articleDigests(catalogue.ordered.length, catalogue.source);
  const searchDigests = articleDigests(catalogue.ordered.length, catalogue.searchSource);
  const opened = output;
  const searchFilesWritten = clock.alongside(
    'search index',
    searchIndexOnThread(
      ready.searchWorkerScript,
      catalogue.ordered.length,
      { article: (number) => catalogue.view(number), digest: searchDigests },
      { cacheDir, clean, key: bundles.key },
    ).then(({ files, indexed, reused }) => {
      searchArticles = { indexed, reused };
      writeDataFiles(opened, files, keptData);
    }),
  );
  // Awaited once the pages are rendered: if it fails before, that is the build's failure then, not a crash now.
  searchFilesWritten.catch(() => undefined);
  const pageData = pageDataOf(catalogueOf(catalogue));
  clock.lap('view model');
  // Pages read the shared data files as they render, never the search index's (/search is prerendered without
  // it; prerender-worker.ts refuses such a read): the pages start while the index is still being made.
  const dataFiles = writeDataFiles(output, serializeDataFiles(pageData.files), keptData);
  // The prerender makes the pages' keys and jobs and hands them to its workers a few batches at a time; the feeds
  // are written once the first batch is on its way.
  const rendering = prerender(ready, { clientDir, output, dataFiles }, pageData, base, {
    dir: cacheDir,
    clean,
    codeKey: bundles.key,
    articleDigest: pageDigests,
  });
  const feeds = keptFiles('feeds', cacheDir, outDir, { clean });
  const feedKeys = writeFeeds(output, pageData, { cache: feeds, codeKey: bundles.key }).keys;
  clock.lap('feeds');
  const rendered = await rendering;
  clock.lap('pages');
  await searchFilesWritten;
  clock.lap('search files');
  pages = rendered.pages;
  reusedPages = rendered.reused;
  imageReport = await images.writeTo(output);
  writeHeadersFile(output, rendered.policy, base);
  clock.lap('images and headers');
  committing = true;
  moved = await output.commit();
  committing = false;
  // Only now are the feeds', variants' and data files the output's: their entries name these files. From here on
  // the output is the new one, so a record that cannot be written is a warning (kept-files.ts), not "unchanged".
  feeds.record(feedKeys);
  images.recordKept();
  keptData.files.record(keptData.keys);
  committed = output.files();
  clock.lap('output updated');
} catch (error) {
  await disposeRenderer();
  if (error instanceof ContentProblems) fail(`Content problems in ${contentDir}:\n${error.message}`);
  fail(error instanceof Error ? (error.stack ?? error.message) : String(error));
} finally {
  rmSync(clientDir, { recursive: true, force: true });
}
await disposeRenderer();

const seconds = ((performance.now() - started) / 1000).toFixed(1);
const peakMb = Math.round(process.resourceUsage().maxRSS / 1024);
console.log(
  `built ${counted(checked.content.articles.length, 'article')} (${counted(pages, 'page')}, ${pages - reusedPages} rendered, ${reusedPages} unchanged${reusedBundles ? ', bundles reused' : ''})${clean ? ' clean' : ''} into ${path.relative(root, outDir)}/ (${counted(moved.changed, 'file')} written, ${moved.removed === null ? 'the output replaced' : `${moved.removed} removed`}) in ${seconds} s, peak memory ${peakMb} MB`,
);
console.log(
  `search index: ${counted(searchArticles.indexed, 'article')} indexed, ${searchArticles.reused} with the terms the last build found`,
);
if (imageReport.images > 0) {
  const { images: count, files, analysed, encoded, reused, kept, pruned } = imageReport;
  console.log(
    `images: ${count} (${files} variant files): ${analysed} analysed, ${encoded} encoded, ${reused} from the cache, ${kept} already in the output, ${pruned} stale cache entries removed`,
  );
}
console.log(`first load of each view (gzip):\n${formatFirstLoads(loads)}`);

// What a host would be sent, and every host limit it is over (docs/hosting.md).
const published = outputReportOf(committed, output.sizeOf);
clock.lap('report');
console.log(`time: ${clock.summary()}`);
console.log(formatOutputSummary(published));
for (const warning of hostWarnings(published)) console.warn(`warning: ${warning}`);
