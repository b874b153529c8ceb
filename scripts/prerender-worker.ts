/**
 * One prerender worker: renders its share of the site's pages with the
 * server build of the app and writes each as a finished HTML file. Built
 * with render-page.tsx by scripts/prerender.ts, which starts up to one per
 * core, one per 500 pages.
 */
import { copyFileSync, linkSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';

import { z } from 'zod';

import { renderPage, serveDataFrom } from '../src/app/render-page.tsx';
import { DATA_DIR, pageFileUrl } from '../src/lib/content/data-paths.ts';
import { APP_FILES_SLOT } from './app-start.ts';
import { unhashedInlineCode } from './csp.ts';
import {
  isSameFile,
  PageCacheEntrySchema,
  sha256,
  writtenFile,
  type PageCacheEntry,
  type PageEntries,
} from './page-cache.ts';

export const PrerenderJobSchema = z.object({
  /** The address inside the site: `/articles/x`. */
  pathname: z.string(),
  /** Where the page goes, relative to the output folder. */
  file: z.string(),
  /** Everything this page adds to <head>. */
  head: z.string(),
  /** This page's own files for the app to start with (app-start.ts). */
  appFiles: z.string(),
  /** The address whose data the page renders (/page/1 renders the home's), and that data's island (src/lib/content/page-island.ts); null for a page without data. */
  data: z.object({ address: z.string(), island: z.string() }).nullable(),
  /** What the browser's location.pathname will be, for prerenderedFor (src/app/prerendered-page.ts) to recognise it. */
  prerenderedPath: z.string(),
  status: z.number(),
});
export type PrerenderJob = z.infer<typeof PrerenderJobSchema>;

export const WorkerInputSchema = z.object({
  jobs: z.array(PrerenderJobSchema),
  template: z.string(),
  outDir: z.string(),
  /** Every page of this build that has data, as pageFileUrl writes it: a render may ask for one that does not exist. */
  pagesWithData: z.array(z.string()),
  /** The page cache (page-cache.ts): the output being replaced, the renderer's code hash, and the last build's entries for these jobs. */
  cache: z.object({
    previousOutDir: z.string(),
    codeHash: z.string(),
    previous: z.record(z.string(), PageCacheEntrySchema),
  }),
});
export type WorkerInput = z.infer<typeof WorkerInputSchema>;

export type WorkerOutput = { rendered: number; reused: number; entries: PageEntries };

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

const ROOT = '<div id="root"></div>';

/** The page template cut where each page's parts go, once: every page is then a concatenation, not three scans. */
export function splitTemplate(template: string): (job: PrerenderJob, headLinks: string, body: string) => string {
  const cut = (text: string, marker: string): [string, string] => {
    const at = text.indexOf(marker);
    if (at < 0) throw new Error(`the page template has no ${marker}`);
    return [text.slice(0, at), text.slice(at + marker.length)];
  };
  const [beforeHeadEnd, fromHeadEnd] = cut(template, '</head>');
  const [beforeRoot, afterRoot] = cut(fromHeadEnd, ROOT);
  const [beforeSlot, afterSlot] = cut(afterRoot, APP_FILES_SLOT);
  return (job, headLinks, body) =>
    `${beforeHeadEnd}    ${job.head}${headLinks}\n  </head>${beforeRoot}<div id="root" data-prerendered="${job.prerenderedPath}">${body}</div>${job.data?.island ?? ''}${beforeSlot}${job.appFiles}${afterSlot}`;
}

function readDataFile(outDir: string, dataPath: string): string | undefined {
  try {
    return readFileSync(path.join(outDir, dataPath), 'utf8');
  } catch {
    return undefined;
  }
}

/**
 * What a render reads: the job's own page, whose island is part of the job (and so of its key), the data files
 * shared by many addresses, and pages that do not exist (the 404 page looks itself up as a standalone page).
 * Files and missing pages are recorded as read, by content hash (null: it does not exist).
 */
function recordingReads(
  outDir: string,
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
      if (dataPath === ownPage) return job.data?.island;
      const isFile = dataPath.startsWith(`${DATA_DIR}/`);
      if (!isFile && pagesWithData.has(dataPath)) {
        throw new Error(`rendering ${job.pathname} read the page ${dataPath}: a page renders from its own data`);
      }
      const body = isFile ? readDataFile(outDir, dataPath) : undefined;
      reads.set(dataPath, body === undefined ? null : sha256(body));
      return body;
    },
  };
}

/**
 * The last build's file for this page, in the output being replaced, if the page's key, every file its render
 * read and that file itself are as they were; otherwise null.
 */
function reusable(
  outDir: string,
  previousOutDir: string,
  key: string,
  entry: PageCacheEntry | undefined,
  file: string,
  pagesWithData: ReadonlySet<string>,
) {
  if (entry?.key !== key) return null;
  for (const [dataPath, hash] of Object.entries(entry.reads)) {
    if (!dataPath.startsWith(`${DATA_DIR}/`)) {
      // A page it found missing, which must still be missing.
      if (pagesWithData.has(dataPath)) return null;
      continue;
    }
    const body = readDataFile(outDir, dataPath);
    if ((body === undefined ? null : sha256(body)) !== hash) return null;
  }
  const previous = path.join(previousOutDir, file);
  return isSameFile(previous, entry.written) ? previous : null;
}

/** The same file under a second name: no bytes read or written. A copy where links are not possible. */
function linkOrCopy(from: string, to: string): void {
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
}

async function run(): Promise<WorkerOutput> {
  const { jobs, template, outDir, pagesWithData, cache } = WorkerInputSchema.parse(workerData);
  const knownPages = new Set(pagesWithData);
  const assemblePage = splitTemplate(template);
  const templateHash = sha256(template);
  const folders = new Set<string>();
  const entries: PageEntries = {};
  let reused = 0;
  for (const job of jobs) {
    const key = sha256(JSON.stringify([cache.codeHash, templateHash, job]));
    const previous = cache.previous[job.file];
    const target = path.join(outDir, job.file);
    const folder = path.dirname(target);
    if (!folders.has(folder)) {
      mkdirSync(folder, { recursive: true });
      folders.add(folder);
    }
    const unchanged = reusable(outDir, cache.previousOutDir, key, previous, job.file, knownPages);
    if (unchanged !== null && previous !== undefined) {
      linkOrCopy(unchanged, target);
      // A link is the same file; a copy is a new one, recorded as such.
      entries[job.file] = { ...previous, written: writtenFile(target) };
      reused += 1;
      continue;
    }
    const { reads, read } = recordingReads(outDir, job, knownPages);
    serveDataFrom(read);
    const rendered = await renderPage(job.pathname);
    if (rendered.status !== job.status)
      throw new Error(`${job.pathname} rendered with status ${rendered.status}, not ${job.status}`);
    const { headLinks, body } = splitHoistedHead(rendered.html);
    // The page's policy allows the template's inline scripts and style by hash, and nothing else inline.
    const inline = unhashedInlineCode(`${job.head}${headLinks}${job.appFiles}${body}`);
    if (inline !== null) throw new Error(`${job.pathname} renders ${inline}, which the Content-Security-Policy blocks`);
    writeFileSync(target, assemblePage(job, headLinks, body));
    entries[job.file] = { key, reads: Object.fromEntries(reads), written: writtenFile(target) };
  }
  return { rendered: jobs.length - reused, reused, entries };
}

if (parentPort !== null) {
  const port = parentPort;
  run().then(
    (output) => {
      port.postMessage({ ok: true, ...output });
    },
    (error: unknown) => {
      port.postMessage({ ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    },
  );
}
