/**
 * One prerender worker: renders the batches of pages it is sent with the
 * server build of the app and writes each as a finished HTML file. Built
 * with render-page.tsx by scripts/prerender.ts, which starts up to one per
 * core, one per 500 pages, and feeds them through scripts/batch-queue.ts.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { z } from 'zod';

import { renderPage, serveDataFrom } from '../src/app/render-page.tsx';
import { DATA_DIR, isSearchFile, pageFileUrl } from '../src/lib/content/data-paths.ts';
import { APP_FILES_SLOT, APP_ROOT } from './app-start.ts';
import { unhashedInlineCode } from './csp.ts';
import { makeFolder } from './make-folder.ts';
import { writtenFile, type PageCacheEntry } from './page-cache.ts';
import { answerEachAsk } from './worker-thread.ts';

export const PrerenderJobSchema = z.object({
  /** The address inside the site: `/articles/x`. */
  pathname: z.string(),
  /** Where the page goes, relative to the output folder. */
  file: z.string(),
  /** Everything this page adds to <head>. */
  head: z.string(),
  /** This page's own files for the app to start with (app-start.ts). */
  appFiles: z.string(),
  /**
   * The address whose data the page renders (/page/1 renders the home's); that data as an island, which the render
   * reads (src/lib/content/page-island.ts); and the island the page carries, without the parts its HTML holds
   * (src/lib/content/page-markup.ts). null for a page without data.
   */
  data: z.object({ address: z.string(), rendersFrom: z.string(), island: z.string() }).nullable(),
  /** What the browser's location.pathname will be, for prerenderedFor (src/app/prerendered-page.ts) to recognise it. */
  prerenderedPath: z.string(),
  status: z.number(),
});
export type PrerenderJob = z.infer<typeof PrerenderJobSchema>;

/** A worker's first input: what every page it renders shares. */
export const WorkerSetupSchema = z.object({
  template: z.string(),
  /** Where rendered pages are written (scripts/output-writer.ts stages them until the build commits). */
  stageDir: z.string(),
  /** The output as the last build left it: unchanged pages stay there, and so do unchanged data files. */
  outDir: z.string(),
  /** This build's shared data files, by content hash: a changed one is staged, an unchanged one is in outDir. */
  dataFiles: z.record(z.string(), z.string()),
  /** Every page of this build that has data, as pageFileUrl writes it: a render may ask for one that does not exist. */
  pagesWithData: z.array(z.string()),
});
export type WorkerSetup = z.infer<typeof WorkerSetupSchema>;

/**
 * What a worker is sent: its setup once, first, then batches of jobs as the prerender makes them (a few hundred
 * pages' data at a time, never the whole site's at once).
 */
export const WorkerInputSchema = z.union([
  z.object({ setup: WorkerSetupSchema }),
  z.object({ jobs: z.array(PrerenderJobSchema) }),
]);
export type WorkerInput = z.infer<typeof WorkerInputSchema>;

/** For the page cache (page-cache.ts), by file: what each page's render read, and the file written for it. */
export type WorkerOutput = { rendered: Record<string, Omit<PageCacheEntry, 'key'>> };

/**
 * React puts what it hoists to <head> at the start of a view's HTML: the
 * view's <title> and <meta>, which the page's head already has (dropped
 * here; React finds the head's copies when it hydrates), and preload links
 * for its images, which move to the head where they belong.
 */
export function splitHoistedHead(html: string): { headLinks: string; body: string } {
  const hoisted = /^(?:<title>[^<]*<\/title>|<meta [^>]*\/>|<link [^>]*\/>)+/.exec(html)?.[0] ?? '';
  const headLinks = hoisted.match(/<link [^>]*\/>/g) ?? [];
  return { headLinks: headLinks.join(''), body: html.slice(hoisted.length) };
}

/** The page template cut where each page's parts go, once: every page is then a concatenation, not three scans. */
export function splitTemplate(template: string): (job: PrerenderJob, headLinks: string, body: string) => string {
  const cut = (text: string, marker: string): [string, string] => {
    const at = text.indexOf(marker);
    if (at < 0) throw new Error(`the page template has no ${marker}`);
    return [text.slice(0, at), text.slice(at + marker.length)];
  };
  const [beforeHeadEnd, fromHeadEnd] = cut(template, '</head>');
  const [beforeRoot, afterRoot] = cut(fromHeadEnd, APP_ROOT);
  const [beforeSlot, afterSlot] = cut(afterRoot, APP_FILES_SLOT);
  return (job, headLinks, body) =>
    `${beforeHeadEnd}    ${job.head}${headLinks}\n  </head>${beforeRoot}<div id="root" data-prerendered="${job.prerenderedPath}">${body}</div>${job.data?.island ?? ''}${beforeSlot}${job.appFiles}${afterSlot}`;
}

type DataFiles = { stageDir: string; outDir: string; hashes: Readonly<Record<string, string>> };

/** A shared data file of this build: staged when it changed, else the output's copy. */
function readDataFile({ stageDir, outDir, hashes }: DataFiles, dataPath: string): string | undefined {
  if (hashes[dataPath] === undefined) return undefined;
  try {
    return readFileSync(path.join(stageDir, dataPath), 'utf8');
  } catch {
    return readFileSync(path.join(outDir, dataPath), 'utf8');
  }
}

/**
 * What a render reads: the job's own page, whose island is part of the job (and so of its key), the data files
 * shared by many addresses, and pages that do not exist (the 404 page looks itself up as a standalone page).
 * Files and missing pages are recorded as read, by content hash (null: it does not exist).
 */
function recordingReads(
  dataFiles: DataFiles,
  job: PrerenderJob,
  pagesWithData: ReadonlySet<string>,
): {
  reads: Map<string, string | null>;
  read: (dataPath: string) => string | undefined;
} {
  const reads = new Map<string, string | null>();
  const ownPage = job.data === null ? null : pageFileUrl(job.data.address);
  return {
    reads,
    read: (dataPath) => {
      if (dataPath === ownPage) return job.data?.rendersFrom;
      const isFile = dataPath.startsWith(`${DATA_DIR}/`);
      if (!isFile && pagesWithData.has(dataPath)) {
        throw new Error(`rendering ${job.pathname} read the page ${dataPath}: a page renders from its own data`);
      }
      // The pages render while the index is made (scripts/build.ts); a reader's browser loads it, not the page.
      if (isSearchFile(dataPath)) {
        throw new Error(`rendering ${job.pathname} read the search index (${dataPath}): a page renders without it`);
      }
      const body = isFile ? readDataFile(dataFiles, dataPath) : undefined;
      reads.set(dataPath, isFile ? (dataFiles.hashes[dataPath] ?? null) : null);
      return body;
    },
  };
}

type Renderer = (jobs: readonly PrerenderJob[]) => Promise<WorkerOutput>;

/** What renders a batch of jobs into the setup's template, folders made once a worker. */
function rendererFor({ template, stageDir, outDir, dataFiles: hashes, pagesWithData }: WorkerSetup): Renderer {
  const dataFiles: DataFiles = { stageDir, outDir, hashes };
  const knownPages = new Set(pagesWithData);
  const assemblePage = splitTemplate(template);
  const folders = new Set<string>();
  return async (jobs) => {
    const rendered: WorkerOutput['rendered'] = {};
    for (const job of jobs) {
      const { reads, read } = recordingReads(dataFiles, job, knownPages);
      serveDataFrom(read);
      const page = await renderPage(job.pathname);
      if (page.status !== job.status)
        throw new Error(`${job.pathname} rendered with status ${page.status}, not ${job.status}`);
      const { headLinks, body } = splitHoistedHead(page.html);
      // The page's policy allows only the template's inline code, by hash (none, in a build), and nothing a page adds.
      const inline = unhashedInlineCode(`${job.head}${headLinks}${job.appFiles}${body}`);
      if (inline !== null)
        throw new Error(`${job.pathname} renders ${inline}, which the Content-Security-Policy blocks`);
      const target = path.join(stageDir, job.file);
      const folder = path.dirname(target);
      if (!folders.has(folder)) {
        makeFolder(folder);
        folders.add(folder);
      }
      writeFileSync(target, assemblePage(job, headLinks, body));
      rendered[job.file] = { reads: Object.fromEntries(reads), written: writtenFile(target) };
    }
    return { rendered };
  };
}

let renderer: Renderer | undefined;

/** Takes its setup, then renders each batch it is given: the prerender sends only what the page cache cannot reuse. */
function run(input: unknown): Promise<WorkerOutput> | WorkerOutput {
  const message = WorkerInputSchema.parse(input);
  if ('setup' in message) {
    renderer = rendererFor(message.setup);
    return { rendered: {} };
  }
  if (renderer === undefined) throw new Error('a prerender worker was sent jobs before its setup');
  return renderer(message.jobs);
}

// Started before its jobs are known (scripts/prerender.ts), so that loading React overlaps the making of the jobs.
answerEachAsk(run);
