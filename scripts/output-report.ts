/**
 * What a build's output weighs as a host sees it: how many files and folders,
 * how many bytes, the largest file, and the files and bytes of each kind of
 * output. `npm run build` prints it and checks it against the hosts' limits
 * (host-limits.ts); `npm run bench:scale` tabulates it.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** The kinds of output file, in the order reports list them, with their names in a report. */
export const OUTPUT_KINDS = {
  article: 'article pages',
  tag: 'tag pages',
  author: 'author pages',
  home: 'home pages',
  'other-page': 'other pages',
  data: 'data files',
  asset: 'assets',
  other: 'other',
} as const;

export type OutputKind = keyof typeof OUTPUT_KINDS;

export const OUTPUT_KIND_ORDER = Object.keys(OUTPUT_KINDS).filter((kind): kind is OutputKind => kind in OUTPUT_KINDS);

export type Tally = { files: number; bytes: number };

export type OutputReport = Tally & {
  /** Folders, the output folder itself included: GitLab Pages counts them as entries of the site. */
  directories: number;
  /** The largest file, by its path inside the output (`/`-separated); null for an empty output. */
  largest: { path: string; bytes: number } | null;
  byKind: Record<OutputKind, Tally>;
};

/**
 * The kind of a file from its path inside the output (`/`-separated). A tag's
 * feed counts with the tag's pages: everything under `tags/` is the tags'.
 */
export function outputKindOf(file: string): OutputKind {
  const [top = '', ...rest] = file.split('/');
  if (rest.length === 0) {
    if (top === 'index.html') return 'home';
    return top.endsWith('.html') ? 'other-page' : 'other';
  }
  if (top === 'data') return 'data';
  if (top === 'assets') return 'asset';
  if (top === 'tags') return 'tag';
  if (top === 'authors') return 'author';
  if (top === 'page') return 'home';
  if (top === 'articles' && rest.at(-1) === 'index.html') return 'article';
  return file.endsWith('.html') ? 'other-page' : 'other';
}

const none = (): Tally => ({ files: 0, bytes: 0 });

function emptyReport(): OutputReport {
  return {
    files: 0,
    bytes: 0,
    directories: 0,
    largest: null,
    byKind: {
      article: none(),
      tag: none(),
      author: none(),
      home: none(),
      'other-page': none(),
      data: none(),
      asset: none(),
      other: none(),
    },
  };
}

function count(report: OutputReport, file: string, bytes: number): void {
  const tally = report.byKind[outputKindOf(file)];
  tally.files += 1;
  tally.bytes += bytes;
  report.files += 1;
  report.bytes += bytes;
  if (report.largest === null || bytes > report.largest.bytes) report.largest = { path: file, bytes };
}

/**
 * Walks `dir` once, synchronously: at 100,000 files a promise per file would cost more than the stat
 * calls themselves. Every path counts with its full size, hard links included, because hosts upload
 * each path (GitHub's upload-pages-artifact archives with --hard-dereference). Symbolic links are left
 * out: the build writes none, and GitHub Pages refuses a site that has one.
 */
export function outputReport(dir: string): OutputReport {
  const report = emptyReport();
  const pending = [''];
  for (let folder = pending.pop(); folder !== undefined; folder = pending.pop()) {
    report.directories += 1;
    for (const entry of readdirSync(path.join(dir, folder), { withFileTypes: true })) {
      const file = folder === '' ? entry.name : `${folder}/${entry.name}`;
      if (entry.isDirectory()) {
        pending.push(file);
      } else if (entry.isFile()) {
        count(report, file, statSync(path.join(dir, file)).size);
      }
    }
  }
  return report;
}

/**
 * outputReport for an output whose files are known (`/`-separated), as `npm run build` knows its own once
 * committed (output-writer.ts), with their sizes (the writer's sizeOf: a stat only for the files that changed):
 * without reading each of its ten thousand folders again. The folders are the ones the files are in.
 */
export function outputReportOf(files: Iterable<string>, sizeOf: (file: string) => number): OutputReport {
  const report = emptyReport();
  const folders = new Set<string>();
  for (const file of files) {
    count(report, file, sizeOf(file));
    for (let folder = path.posix.dirname(file); folder !== '.'; folder = path.posix.dirname(folder)) {
      if (folders.has(folder)) break;
      folders.add(folder);
    }
  }
  // The output folder itself is one.
  report.directories = folders.size + 1;
  return report;
}

/** Megabytes of 10^6 bytes, the unit the hosts' "1 GB" is read in (host-limits.ts). */
export function formatMegabytes(bytes: number): string {
  return `${(bytes / 1e6).toLocaleString('en', { minimumFractionDigits: 1, maximumFractionDigits: 1 })} MB`;
}

/** `output: 13,012 files, 268.4 MB` */
export function formatOutputSummary(report: OutputReport): string {
  return `output: ${report.files.toLocaleString('en')} files, ${formatMegabytes(report.bytes)}`;
}
