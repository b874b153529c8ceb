/**
 * One prerender worker: renders its share of the site's pages with the
 * server build of the app and writes each as a finished HTML file. Built
 * with render-page.tsx by scripts/prerender.ts, which starts up to one per
 * core, one per 500 pages.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';

import { z } from 'zod';

import { renderPage, serveDataFrom } from '../src/app/render-page.tsx';
import { APP_FILES_SLOT } from './app-start.ts';
import { unhashedInlineCode } from './csp.ts';

export const PrerenderJobSchema = z.object({
  /** The address inside the site: `/articles/x`. */
  pathname: z.string(),
  /** Where the page goes, relative to the output folder. */
  file: z.string(),
  /** Everything this page adds to <head>. */
  head: z.string(),
  /** This page's own files for the app to start with (app-start.ts). */
  appFiles: z.string(),
  /** What the browser's location.pathname will be, for prerenderedFor (src/app/prerendered-page.ts) to recognise it. */
  prerenderedPath: z.string(),
  status: z.number(),
});
export type PrerenderJob = z.infer<typeof PrerenderJobSchema>;

export const WorkerInputSchema = z.object({
  jobs: z.array(PrerenderJobSchema),
  template: z.string(),
  outDir: z.string(),
});
export type WorkerInput = z.infer<typeof WorkerInputSchema>;

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
    `${beforeHeadEnd}    ${job.head}${headLinks}\n  </head>${beforeRoot}<div id="root" data-prerendered="${job.prerenderedPath}">${body}</div>${beforeSlot}${job.appFiles}${afterSlot}`;
}

function readDataFile(outDir: string, dataPath: string): string | undefined {
  try {
    return readFileSync(path.join(outDir, dataPath), 'utf8');
  } catch {
    return undefined;
  }
}

async function run(): Promise<number> {
  const { jobs, template, outDir } = WorkerInputSchema.parse(workerData);
  const assemblePage = splitTemplate(template);
  serveDataFrom((dataPath) => readDataFile(outDir, dataPath));
  const folders = new Set<string>();
  for (const job of jobs) {
    const rendered = await renderPage(job.pathname);
    if (rendered.status !== job.status)
      throw new Error(`${job.pathname} rendered with status ${rendered.status}, not ${job.status}`);
    const { headLinks, body } = splitHoistedHead(rendered.html);
    // The page's policy allows the template's inline scripts and style by hash, and nothing else inline.
    const inline = unhashedInlineCode(`${job.head}${headLinks}${job.appFiles}${body}`);
    if (inline !== null) throw new Error(`${job.pathname} renders ${inline}, which the Content-Security-Policy blocks`);
    const html = assemblePage(job, headLinks, body);
    const target = path.join(outDir, job.file);
    const folder = path.dirname(target);
    if (!folders.has(folder)) {
      mkdirSync(folder, { recursive: true });
      folders.add(folder);
    }
    writeFileSync(target, html);
  }
  return jobs.length;
}

if (parentPort !== null) {
  const port = parentPort;
  run().then(
    (count) => {
      port.postMessage({ ok: true, count });
    },
    (error: unknown) => {
      port.postMessage({ ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    },
  );
}
