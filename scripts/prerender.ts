/**
 * Writes a static HTML file for every address of the site into a finished
 * client build, rendered by the app's own routes and views
 * (src/app/render-page.tsx, built for Node) in one worker per core. Each page
 * gets its head (title, canonical, Open Graph, JSON-LD, feeds), and its data
 * file and view's chunk join the app's files that start after the first
 * paint (app-start.ts).
 */
import { readFileSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';

import { build } from 'vite';
import { z } from 'zod';

import type { SiteInfo } from '../src/lib/content/model.ts';
import { dataPathOf, type Content, type PageData, type SitePage } from '../src/lib/content/page-data.ts';
import { pathnameOf } from '../src/lib/content/site-pages.ts';
import { paths } from '../src/lib/paths.ts';
import {
  articleHead,
  authorHead,
  authorIndexHead,
  latestHead,
  notFoundHead,
  searchHead,
  tagHead,
  tagIndexHead,
  type PageHead,
} from '../src/lib/seo/page-head.ts';
import { renderHead, type HeadLinks } from '../src/lib/seo/render-head.ts';
import { siteUrl } from '../src/lib/site-url.ts';
import { viteConfig } from '../vite.config.ts';
import { type AppFile, deferAppStart, renderAppFiles } from './app-start.ts';
import { contentSecurityPolicy, inlineHashes, withCspMeta } from './csp.ts';
import { feedPaths } from './feeds.ts';
import type { PrerenderJob, WorkerInput } from './prerender-worker.ts';

/** The part of Vite's manifest the prerender reads: each module's output file. */
const ManifestSchema = z.record(z.string(), z.object({ file: z.string() }));

const WorkerResultSchema = z.union([
  z.object({ ok: z.literal(true), count: z.number() }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);

/** The view module each kind of page renders, as named in Vite's manifest. */
const VIEW_MODULES: Record<SitePage['kind'], string> = {
  latest: 'src/features/articles/home-page.tsx',
  article: 'src/features/articles/article-page.tsx',
  tag: 'src/features/tags/tag-page.tsx',
  author: 'src/features/authors/author-page.tsx',
  'tag-index': 'src/features/tags/tag-index-page.tsx',
  'author-index': 'src/features/authors/author-index-page.tsx',
};

const SEARCH_MODULE = 'src/features/search/search-page.tsx';

export function headOf(page: SitePage, site: SiteInfo): PageHead {
  switch (page.kind) {
    case 'latest':
      return latestHead(page.data, site);
    case 'article':
      return articleHead(page.data, site);
    case 'tag':
      return tagHead(page.data, site);
    case 'author':
      return authorHead(page.data, site);
    case 'tag-index':
      return tagIndexHead(page.data, site);
    case 'author-index':
      return authorIndexHead(page.data, site);
  }
}

/** `/articles/x` → `articles/x/index.html`, which every static host serves for `/articles/x/` (and most for `/articles/x`). */
export function htmlFileOf(pathname: string): string {
  return pathname === '/' ? 'index.html' : `${pathname.slice(1)}/index.html`;
}

/**
 * The site's one small stylesheet (about 4 KB gzip) goes into each page
 * instead of a render-blocking request: the first paint needs one round trip
 * fewer on a slow connection.
 */
export function inlineStylesheet(html: string, outDir: string, base: string): string {
  return html.replace(/<link rel="stylesheet"[^>]*href="([^"]+)"[^>]*>/, (link, href: string) => {
    if (!href.startsWith(base)) return link;
    const css = readFileSync(path.join(outDir, href.slice(base.length)), 'utf8');
    return `<style>${css.replaceAll('</style', '<\\/style')}</style>`;
  });
}

/** The server build of the app and its prerender worker, in a folder of its own until `dispose`. */
export type Renderer = { workerScript: string; dispose: () => void };

/**
 * Builds the app's server renderer and the worker that drives it. It needs
 * only the sources and the content's site details, not the client build, so
 * scripts/build.ts starts it alongside the client build.
 */
export async function buildRenderer(root: string, content?: Content): Promise<Renderer> {
  // Inside the project, so that the server build's imports of react and react-router resolve.
  const ssrDir = path.join(root, 'node_modules/.cache', `broadsheet-ssr-${process.pid}`);
  const dispose = () => {
    rmSync(ssrDir, { recursive: true, force: true });
  };
  try {
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
        rolldownOptions: { input: { 'prerender-worker': 'scripts/prerender-worker.ts' } },
      },
    });
  } catch (error) {
    dispose();
    throw error;
  }
  return { workerScript: path.join(ssrDir, 'prerender-worker.js'), dispose };
}

function runWorker(script: string, input: WorkerInput): Promise<number> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(script, { workerData: input });
    worker.once('message', (message: unknown) => {
      const result = WorkerResultSchema.parse(message);
      void worker.terminate();
      if (result.ok) resolve(result.count);
      else reject(new Error(result.error));
    });
    worker.once('error', reject);
  });
}

export type PrerenderResult = {
  pages: number;
  /** The Content-Security-Policy every page carries, for the `_headers` file. */
  policy: string;
};

/**
 * The page template every address is rendered into: the stylesheet inlined,
 * the app started after the first paint (app-start.ts), and the
 * Content-Security-Policy that allows exactly its inline scripts and style
 * (scripts/csp.ts), as the first thing in <head>.
 */
export function pageTemplate(indexHtml: string, outDir: string, base: string): { template: string; policy: string } {
  const inlined = deferAppStart(inlineStylesheet(indexHtml, outDir, base));
  const policy = contentSecurityPolicy(inlineHashes(inlined));
  return { template: withCspMeta(inlined, policy), policy };
}

export async function prerender(
  { workerScript }: Renderer,
  outDir: string,
  data: PageData,
  base: string,
): Promise<PrerenderResult> {
  const manifest = ManifestSchema.parse(JSON.parse(readFileSync(path.join(outDir, '.vite/manifest.json'), 'utf8')));
  const { template, policy } = pageTemplate(readFileSync(path.join(outDir, 'index.html'), 'utf8'), outDir, base);
  const siteFeed = { title: data.site.title, href: siteUrl(data.site, feedPaths.site()) };

  const job = (
    pathname: string,
    file: string,
    head: PageHead,
    links: HeadLinks,
    appFiles: AppFile[],
    status = 200,
  ): PrerenderJob => ({
    pathname,
    file,
    head: renderHead(head, data.site, links),
    appFiles: renderAppFiles(appFiles),
    // As the browser's location.pathname shows it, without a trailing slash (main.tsx compares them).
    prerenderedPath: `${base.replace(/\/$/, '')}${pathname === '/' ? '' : pathname}` || '/',
    status,
  });

  const jobs = data.pages.map((page) => {
    const pathname = pathnameOf(page);
    const chunk = manifest[VIEW_MODULES[page.kind]]?.file;
    const feeds =
      page.kind === 'tag'
        ? [
            siteFeed,
            {
              title: `${page.data.tag.name} · ${data.site.title}`,
              href: siteUrl(data.site, feedPaths.tag(page.data.tag.slug)),
            },
          ]
        : [siteFeed];
    return job(pathname, htmlFileOf(pathname), headOf(page, data.site), { feeds }, [
      { href: `${base}${dataPathOf(page)}`, as: 'fetch' },
      ...(chunk === undefined ? [] : [{ href: `${base}${chunk}`, as: 'modulepreload' as const }]),
    ]);
  });

  // /page/1 is the home page under another address; links never use it, but it opens.
  const home = data.pages.find((page) => page.kind === 'latest' && page.data.page === 1);
  if (home !== undefined) {
    jobs.push(job('/page/1', htmlFileOf('/page/1'), headOf(home, data.site), { feeds: [siteFeed] }, []));
  }
  // The search page as a shell: its box, ready for a query; results are found in the browser (search-loader.ts).
  const searchChunk = manifest[SEARCH_MODULE]?.file;
  jobs.push(
    job(
      paths.search.href(),
      htmlFileOf(paths.search.href()),
      searchHead('', data.site),
      { feeds: [siteFeed] },
      searchChunk === undefined ? [] : [{ href: `${base}${searchChunk}`, as: 'modulepreload' }],
    ),
  );
  // Hosts that know the convention answer unknown addresses with 404.html, status 404.
  jobs.push(job('/404', '404.html', notFoundHead(data.site), { feeds: [siteFeed] }, [], 404));

  // One worker per core; a small site is not worth a second worker. Jobs are dealt out in turn rather than in
  // contiguous shares, so that each worker gets as many articles (the heaviest pages) and they finish together.
  const workers = Math.max(1, Math.min(availableParallelism(), Math.ceil(jobs.length / 500)));
  const counts = await Promise.all(
    Array.from({ length: workers }, (_, index) =>
      runWorker(workerScript, { jobs: jobs.filter((_job, at) => at % workers === index), template, outDir }),
    ),
  );
  return { pages: counts.reduce((sum, count) => sum + count, 0), policy };
}
