/**
 * Writes a static HTML file for every address of the site into a finished
 * client build, rendered by the app's own routes and views
 * (src/app/render-page.tsx, built for Node) in up to one worker per core, one
 * per 500 pages. Each page gets its head (title, canonical, Open Graph,
 * JSON-LD, feeds), its data as a JSON island (src/lib/content/page-island.ts),
 * and its view's chunk joins the app's files that start after the first
 * paint (app-start.ts).
 */
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';

import { z } from 'zod';

import { feedsOf, headOf, islandJsonOf, keyTextOf, type KeyParts } from '../src/build/page-kinds.ts';
import { renderHead } from '../src/build/seo/render-head.ts';
import type { Catalogue, Content } from '../src/build/view-model/catalogue.ts';
import type { ArticleSummary } from '../src/lib/content/model.ts';
import type { PageData } from '../src/build/view-model/page-data.ts';
import { basePathPrefix } from '../src/lib/base-path.ts';
import { pageFileUrl } from '../src/lib/content/data-paths.ts';
import { islandScript } from '../src/lib/content/page-island.ts';
import { HOME_FIRST_PAGE_ALIAS, pageKindOf, pathnameOf, PAGE_KINDS, type SitePage } from '../src/lib/page-kinds.ts';
import { deferAppStart, renderAppFiles } from './app-start.ts';
import { restoreBundle, storeBundle } from './bundle-cache.ts';
import type { OutputWriter } from './output-writer.ts';
import { filesUnder, hashOfFiles } from './files-under.ts';
import { startWorkerThread, type StartedThread } from './worker-thread.ts';
import { contentSecurityPolicy, inlineHashes, withCspMeta } from './csp.ts';
import {
  buildInputsHash,
  isReusable,
  PageCacheEntrySchema,
  pageKey,
  sha256,
  readPageEntries,
  writePageEntries,
  type PageEntries,
} from './page-cache.ts';
import type { PrerenderJob, WorkerOutput, WorkerSetup } from './prerender-worker.ts';
import { batchQueue } from './batch-queue.ts';
import { isRunning } from './is-running.ts';

/** The part of Vite's manifest the prerender reads: each module's output file. */
const ManifestSchema = z.record(z.string(), z.object({ file: z.string() }));

/** What a prerender worker answers (prerender-worker.ts: WorkerOutput). */
const WorkerOutputSchema = z.object({ rendered: z.record(z.string(), PageCacheEntrySchema.omit({ key: true })) });

type Manifest = z.infer<typeof ManifestSchema>;

/**
 * Each kind's view chunk, from Vite's manifest (which names modules from the
 * project root). A kind whose view has no chunk fails the build: its pages
 * would start without their view's code.
 */
export function viewChunks(manifest: Manifest): Map<string, string> {
  const chunks = new Map<string, string>();
  for (const [kind, { view }] of Object.entries(PAGE_KINDS)) {
    if (view === null) continue;
    const file = manifest[`src/${view.module}`]?.file;
    if (file === undefined) throw new Error(`the ${kind} view (src/${view.module}) has no chunk in the build`);
    chunks.set(kind, file);
  }
  return chunks;
}

/**
 * What makes pages' keys cheaper than their data's JSON (src/build/page-kinds.ts: keyText): each list entry's
 * digest, made once per summary with the SHA-256 of its JSON, and each article's source digest, by its number in
 * `catalogue` (scripts/article-digests.ts), when `articleDigest` is given.
 */
export function keyParts(
  catalogue: Pick<Catalogue, 'numberOf'>,
  articleDigest?: (number: number) => Uint8Array,
): KeyParts {
  const summaries = new WeakMap<ArticleSummary, string>();
  const summaryKey = (summary: ArticleSummary) => {
    let key = summaries.get(summary);
    if (key === undefined) {
      key = sha256(JSON.stringify(summary));
      summaries.set(summary, key);
    }
    return key;
  };
  return {
    list: (list) => `${JSON.stringify({ ...list, items: null })}${list.items.map(summaryKey).join(',')}`,
    article: (view) => {
      const number = catalogue.numberOf(view);
      return number === undefined || articleDigest === undefined
        ? null
        : Buffer.from(articleDigest(number)).toString('hex');
    },
  };
}

/** `/articles/x` → `articles/x/index.html`, which every static host serves for `/articles/x/` (and most for `/articles/x`). */
export function htmlFileOf(pathname: string): string {
  return pathname === '/' ? 'index.html' : `${pathname.slice(1)}/index.html`;
}

/**
 * The server build of the app and its prerender worker, in a folder of its own until `dispose`; `codeHash` is the
 * hash of every file of it, a key of the page cache.
 */
export type Renderer = {
  workerScript: string;
  /** The thread that makes the search index (scripts/search-index-worker.ts), built with the renderer. */
  searchWorkerScript: string;
  codeHash: string;
  reused: boolean;
  dispose: () => void;
};

/** Where the bundles of earlier builds are kept, and this build's code key (scripts/bundle-cache.ts). */
export type BundleCacheOptions = { dir: string; key: string; clean: boolean };

/**
 * Builds the app's server renderer and the worker that drives it. It needs
 * only the sources and the content's site details, not the client build, so
 * scripts/build.ts starts it alongside the client build.
 */
export async function buildRenderer(root: string, content?: Content, cache?: BundleCacheOptions): Promise<Renderer> {
  // Inside the project, so that the server build's imports of react and react-router resolve.
  const cacheRoot = path.join(root, 'node_modules/.cache');
  const ssrDir = path.join(cacheRoot, `broadsheet-ssr-${process.pid}`);
  // A killed build's (other builds run at once: npm test starts six).
  for (const name of existsSync(cacheRoot) ? readdirSync(cacheRoot) : []) {
    const pid = Number(/^broadsheet-ssr-(\d+)$/.exec(name)?.[1] ?? Number.NaN);
    if (Number.isInteger(pid) && pid !== process.pid && !isRunning(pid)) {
      rmSync(path.join(cacheRoot, name), { recursive: true, force: true });
    }
  }
  const dispose = () => {
    rmSync(ssrDir, { recursive: true, force: true });
  };
  const done = (reused: boolean): Renderer => ({
    workerScript: path.join(ssrDir, 'prerender-worker.js'),
    searchWorkerScript: path.join(ssrDir, 'search-index-worker.js'),
    codeHash: hashOfFiles(ssrDir, filesUnder(ssrDir)),
    reused,
    dispose,
  });
  if (cache !== undefined && !cache.clean && restoreBundle(cache.dir, cache.key, 'server', ssrDir)) return done(true);
  try {
    // Loaded only when the server bundle must be built: a build whose code did not change never needs Vite.
    const [{ build }, { viteConfig }] = await Promise.all([import('vite'), import('../vite.config.ts')]);
    await build({
      ...viteConfig({ content }),
      configFile: false,
      root,
      logLevel: 'warn',
      build: {
        ssr: true,
        outDir: ssrDir,
        emptyOutDir: true,
        manifest: false,
        rolldownOptions: {
          input: {
            'prerender-worker': 'scripts/prerender-worker.ts',
            'search-index-worker': 'scripts/search-index-worker.ts',
          },
        },
      },
    });
  } catch (error) {
    dispose();
    throw error;
  }
  if (cache !== undefined) storeBundle(cache.dir, cache.key, 'server', ssrDir);
  return done(false);
}

/**
 * A worker holds the app, the site's list of pages and one or two batches of jobs: well under this. Without a
 * limit V8 sizes each thread's heap to the machine's memory and lets garbage pile up to it between collections.
 */
const WORKER_HEAP_MB = 512;

/** A prerender worker, loading the app while its jobs are made (its inputs are WorkerInputs: a setup, then batches). */
function startWorker(script: string): StartedThread<WorkerOutput> {
  // React's production build: the development one renders several times slower and adds nothing to the HTML.
  return startWorkerThread(
    script,
    { env: { ...process.env, NODE_ENV: 'production' }, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } },
    WorkerOutputSchema,
  );
}

export type PrerenderResult = {
  pages: number;
  /** Of them, how many came from the page cache rather than a render. */
  reused: number;
  /** The Content-Security-Policy every page carries, for the `_headers` file. */
  policy: string;
};

/** index.html's comments are notes for its readers, not for every page's (~250 bytes gzip each). */
export function withoutComments(html: string): string {
  return html.replace(/[ \t]*<!--[\s\S]*?-->\n?/g, '');
}

/**
 * The page template every address is rendered into: the app started after
 * the first paint (app-start.ts), and the Content-Security-Policy that
 * allows exactly its inline scripts (scripts/csp.ts: none since they became
 * the early script file, early-script.ts), as the first thing in <head>. The stylesheet stays the one file Vite wrote, which the browser
 * caches for every later page (docs/decisions/012-one-file-per-address.md).
 */
export function pageTemplate(indexHtml: string): { template: string; policy: string } {
  const page = deferAppStart(withoutComments(indexHtml));
  const policy = contentSecurityPolicy(inlineHashes(page));
  return { template: withCspMeta(page, policy), policy };
}

/**
 * The page cache for a prerender: the manifest's folder, whether to ignore it (a clean build), and the code key
 * (scripts/bundle-cache.ts), which covers the code that makes each page's job here.
 */
export type PageCacheOptions = {
  dir: string;
  clean: boolean;
  codeKey: string;
  /**
   * Article `number`'s source digest (article-digests.ts), which its page's key is made from instead of its data's
   * JSON; without it, that JSON.
   */
  articleDigest?: (number: number) => Uint8Array;
};

/**
 * Where a prerender finds its inputs and puts its pages: the client build (its manifest and index.html, the
 * template), the output it stages pages for (scripts/output-writer.ts), and the shared data files of this build
 * by content hash (scripts/data-files.ts).
 */
export type PrerenderFiles = {
  clientDir: string;
  output: Pick<OutputWriter, 'outDir' | 'stageDir' | 'keep' | 'staged' | 'found'>;
  /** The shared data files the pages may read, by content hash; the search index's are not among them. */
  dataFiles: Record<string, string>;
};

export async function prerender(
  renderer: Pick<Renderer, 'workerScript' | 'codeHash'>,
  files: PrerenderFiles,
  data: PageData,
  base: string,
  pageCache: PageCacheOptions,
): Promise<PrerenderResult> {
  // The first worker loads the app while the keys are made: publishing one article renders a few pages, which
  // would otherwise wait for it to load React.
  const first = startWorker(renderer.workerScript);
  try {
    return await prerenderWith(first, renderer, files, data, base, pageCache);
  } finally {
    first.stop();
  }
}

/**
 * Pages a worker is sent at a time: enough that a message costs nothing beside rendering them, few enough that the
 * workers finish together.
 */
const BATCH_SIZE = 100;

async function prerenderWith(
  first: StartedThread<WorkerOutput>,
  { workerScript, codeHash }: Pick<Renderer, 'workerScript' | 'codeHash'>,
  { clientDir, output, dataFiles }: PrerenderFiles,
  data: PageData,
  base: string,
  pageCache: PageCacheOptions,
): Promise<PrerenderResult> {
  const manifest = ManifestSchema.parse(JSON.parse(readFileSync(path.join(clientDir, '.vite/manifest.json'), 'utf8')));
  const chunks = viewChunks(manifest);
  const { template, policy } = pageTemplate(readFileSync(path.join(clientDir, 'index.html'), 'utf8'));

  // Every address with its page: the home's first page twice, under its own address and the alias.
  type Address = { page: SitePage; pathname: string };
  const addresses: Address[] = data.pages.map((page) => ({ page, pathname: pathnameOf(page) }));
  const home = addresses.find(({ page }) => page.kind === 'latest' && page.data.page === 1);
  if (home !== undefined) addresses.push({ ...home, pathname: HOME_FIRST_PAGE_ALIAS });
  const fileOf = ({ page, pathname }: Address) => (pageKindOf(page).status === 404 ? '404.html' : htmlFileOf(pathname));

  /** `json` is the page's data as JSON, which the page renders from; its island is that, less its HTML's parts. */
  const job = ({ page, pathname }: Address, json: string): PrerenderJob => {
    const chunk = chunks.get(page.kind);
    // The alias starts no view chunk of its own: it is the home's first page under another address.
    const appFiles = chunk === undefined || pathname === HOME_FIRST_PAGE_ALIAS ? [] : [`${base}${chunk}`];
    const { status } = pageKindOf(page);
    const address = pathnameOf(page);
    return {
      pathname,
      file: fileOf({ page, pathname }),
      head: renderHead(headOf(page, data.site), data.site, { feeds: feedsOf(page, data.site) }),
      appFiles: renderAppFiles(appFiles),
      data:
        page.data === null
          ? null
          : {
              address,
              rendersFrom: islandScript(address, json),
              island: islandScript(address, islandJsonOf(page, json)),
            },
      // Without a trailing slash: prerendered-page.ts compares it with location.pathname, its slash taken off.
      prerenderedPath: `${basePathPrefix(base)}${pathname === '/' ? '' : pathname}` || '/',
      status,
    };
  };

  const buildInputs = buildInputsHash({
    codeKey: pageCache.codeKey,
    rendererHash: codeHash,
    template,
    base,
    site: data.site,
    chunks,
  });
  const previous = pageCache.clean ? {} : readPageEntries(pageCache.dir);
  const pagesWithData = data.pages.flatMap((page) => (page.data === null ? [] : [pageFileUrl(pathnameOf(page))]));
  const reuse = { output: await output.found(), dataHashes: dataFiles, pagesWithData: new Set(pagesWithData) };
  const files: string[] = [];
  const keyOf = new Map<string, string>();
  const parts = keyParts(data.catalogue, pageCache.articleDigest);
  const renderedFiles: string[] = [];
  const entries: PageEntries = {};
  const setup: WorkerSetup = { template, stageDir: output.stageDir, outDir: output.outDir, dataFiles, pagesWithData };
  const queue = batchQueue<PrerenderJob, WorkerOutput>({
    startThread: (n) => (n === 0 ? first : startWorker(workerScript)),
    setup: { setup },
    maxThreads: availableParallelism(),
    jobsPerThread: 500,
    batchSize: BATCH_SIZE,
    message: (jobs) => ({ jobs }),
    onAnswer: ({ rendered }) => {
      for (const [file, entry] of Object.entries(rendered)) entries[file] = { key: keyOf.get(file) ?? '', ...entry };
    },
  });
  try {
    // Pages whose key, reads and file are as the last build left them stay in the output untouched, and their jobs
    // are never made: only the rest go to the workers, so publishing one article renders the few hundred pages it
    // changed. Everything a job is made from is in its key (page-cache.ts: buildInputsHash, pageKey). A job is made
    // from its data's JSON and goes to a worker at once: the workers render while the rest of the keys are made, and
    // no more than a few batches of jobs are held at any time.
    for (const [at, address] of addresses.entries()) {
      // An article's page by what its view is made from, so that a page that stays never makes its view's body or
      // JSON; a list by its entries' digests (page-kinds.ts: keyText). Its job is made from its data's JSON only if
      // it is rendered.
      const keyData = keyTextOf(address.page, parts);
      const key = pageKey(buildInputs, address.pathname, address.page.kind, keyData);
      const file = fileOf(address);
      files.push(file);
      const entry = previous[file];
      if (isReusable(entry, key, file, reuse)) entries[file] = entry;
      else {
        keyOf.set(file, key);
        renderedFiles.push(file);
        queue.add(job(address, JSON.stringify(address.page.data)));
      }
      if (at % BATCH_SIZE === BATCH_SIZE - 1) await queue.room();
    }
    await queue.finish();
  } finally {
    queue.stop();
  }
  // Only this build's pages: a page that no longer exists leaves the manifest.
  writePageEntries(pageCache.dir, entries);
  // Rendered pages are staged; reused ones stay in the output as they are.
  output.staged(renderedFiles);
  output.keep(files);
  return { pages: files.length, reused: files.length - renderedFiles.length, policy };
}
