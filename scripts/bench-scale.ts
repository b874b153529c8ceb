/**
 * `npm run bench:scale`: builds the bundled content and generated corpora of
 * 1,000 and 10,000 articles (BENCH_SIZES to change, e.g.
 * `BENCH_SIZES=1000,10000,100000`), and prints for each the build time, the
 * build's peak memory and the gzip bytes a browser fetches on the first load
 * of the home, article, tag and author pages; then the output's files and
 * size, the hosts it fits (docs/hosting.md), and its files and bytes by kind.
 *
 * Bytes are measured by loading each page in headless Chromium and gzipping
 * every response body it received (what a host with gzip would send).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

import { chromium, type Browser } from '@playwright/test';
import { preview } from 'vite';

import { chromiumLaunchOptions } from './browser.ts';
import { fitsHosts } from './host-limits.ts';
import { formatMegabytes, OUTPUT_KIND_ORDER, OUTPUT_KINDS, outputReport, type OutputReport } from './output-report.ts';
import { timedBuild, whenPreviousOutputsCleared } from './timed-build.ts';

const root = path.resolve(import.meta.dirname, '..');
const work = path.join(root, '.cache/bench');
const sizes = (process.env.BENCH_SIZES ?? '1000,10000').split(',').map(Number);

type Corpus = { label: string; contentDir: string; articles: number | null };

const corpora: Corpus[] = [
  { label: 'bundled', contentDir: path.join(root, 'src/content'), articles: null },
  ...sizes.map((count) => ({ label: `${count}`, contentDir: path.join(work, `content-${count}`), articles: count })),
];

type Build = { seconds: number; peakMb: number; articles: number; addresses: number };

function runBuild(corpus: Corpus, outDir: string): Build {
  const { seconds, peakMb, output } = timedBuild(corpus.contentDir, outDir);
  const built = /built (\d+) articles? \((\d+) pages?/.exec(output);
  return { seconds, peakMb, articles: Number(built?.[1] ?? NaN), addresses: Number(built?.[2] ?? NaN) };
}

/**
 * The address of the first page (by name) in a section of the output, `/articles/<slug>`: read from the
 * pages themselves, which every build writes, not from data files or the sitemap, whose shapes may change.
 */
function firstPageIn(outDir: string, section: string): string | null {
  const dir = path.join(outDir, section);
  if (!existsSync(dir)) return null;
  const slugs = readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? [entry.name] : []));
  const first = slugs.sort()[0];
  return first === undefined ? null : `/${section}/${encodeURIComponent(first)}`;
}

async function firstLoadBytes(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const bodies: Promise<number>[] = [];
  page.on('response', (response) => {
    bodies.push(
      response
        .body()
        .then((body) => gzipSync(body, { level: 6 }).byteLength)
        .catch(() => 0),
    );
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.getByRole('heading', { level: 1 }).waitFor();
  const total = (await Promise.all(bodies)).reduce((sum, bytes) => sum + bytes, 0);
  await context.close();
  return total;
}

const rows: string[][] = [];
const outputs: { label: string; build: Build; report: OutputReport }[] = [];
const browser = await chromium.launch(chromiumLaunchOptions());
try {
  for (const [index, corpus] of corpora.entries()) {
    if (corpus.articles !== null) {
      mkdirSync(work, { recursive: true });
      const args = ['--articles', String(corpus.articles), '--out', corpus.contentDir, '--force'];
      execFileSync('npx', ['tsx', 'scripts/generate-content.ts', ...args], { cwd: root, stdio: 'ignore' });
    }
    const outDir = path.join(work, `dist-${corpus.label}`);
    await whenPreviousOutputsCleared(work);
    const build = runBuild(corpus, outDir);
    const articles = build.articles.toLocaleString('en');
    const label = corpus.label === 'bundled' ? `${articles} (bundled)` : articles;
    outputs.push({ label, build, report: outputReport(outDir) });

    const port = 4300 + index;
    const server = await preview({ root, build: { outDir }, preview: { port, strictPort: true }, logLevel: 'silent' });
    const article = firstPageIn(outDir, 'articles');
    if (article === null) throw new Error(`${corpus.label}: no articles`);
    const pages = ['/', article, firstPageIn(outDir, 'tags') ?? '/tags', firstPageIn(outDir, 'authors') ?? '/authors'];
    const bytes: string[] = [];
    for (const pathname of pages) {
      bytes.push((await firstLoadBytes(browser, `http://localhost:${port}${pathname}`)).toLocaleString('en'));
    }
    await server.close();

    rows.push([label, build.seconds.toFixed(1), `${build.peakMb}`, ...bytes]);
  }
} finally {
  await browser.close();
}

function markdownTable(header: readonly string[], body: readonly (readonly string[])[]): string {
  return [header, header.map(() => '---'), ...body].map((row) => `| ${row.join(' | ')} |`).join('\n');
}

const count = (n: number) => n.toLocaleString('en');
const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
console.log(`\n${os.cpus().length} × ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}\n`);
console.log(markdownTable(['articles', 'build s', 'peak MB', 'home B', 'article B', 'tag B', 'author B'], rows));

// The output as a host counts it (scripts/output-report.ts); MB and KB are 10^6 and 10^3 bytes, as the limits are read.
console.log(
  `\n${markdownTable(
    ['articles', 'addresses', 'files', 'files per address', 'size', 'fits'],
    outputs.map(({ label, build, report }) => [
      label,
      count(build.addresses),
      count(report.files),
      (report.files / build.addresses).toFixed(2),
      formatMegabytes(report.bytes),
      fitsHosts(report).join(', ') || 'none',
    ]),
  )}`,
);
console.log(
  `\n${markdownTable(
    ['articles', 'kind', 'files', 'size', 'KB per file'],
    outputs.flatMap(({ label, report }) =>
      OUTPUT_KIND_ORDER.map((kind) => {
        const { files, bytes } = report.byKind[kind];
        return [
          label,
          OUTPUT_KINDS[kind],
          count(files),
          formatMegabytes(bytes),
          files === 0 ? '–' : (bytes / files / 1e3).toFixed(1),
        ];
      }),
    ),
  )}`,
);
