/**
 * `npm run bench:scale`: builds the bundled content and generated corpora of
 * 1,000 and 10,000 articles (BENCH_SIZES to change), and prints for each the
 * build time, the build's peak memory and the gzip bytes a browser fetches
 * on the first load of the home, article, tag and author pages.
 *
 * Bytes are measured by loading each page in headless Chromium and gzipping
 * every response body it received (what a host with gzip would send).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

import { chromium, type Browser } from '@playwright/test';
import { preview } from 'vite';
import { z } from 'zod';

import { chromiumLaunchOptions } from './browser.ts';
import { timedBuild, whenPreviousOutputsCleared } from './timed-build.ts';

const root = path.resolve(import.meta.dirname, '..');
const work = path.join(root, '.cache/bench');
const sizes = (process.env.BENCH_SIZES ?? '1000,10000').split(',').map(Number);

type Corpus = { label: string; contentDir: string; articles: number | null };

const corpora: Corpus[] = [
  { label: 'bundled', contentDir: path.join(root, 'src/content'), articles: null },
  ...sizes.map((count) => ({ label: `${count}`, contentDir: path.join(work, `content-${count}`), articles: count })),
];

/** The home page's first entry names an article, its primary tag and its first author. */
const ListSchema = z.object({
  items: z.array(
    z.object({
      slug: z.string(),
      authors: z.array(z.object({ slug: z.string() })),
      primaryTag: z.object({ slug: z.string() }).nullable(),
    }),
  ),
});

function runBuild(corpus: Corpus, outDir: string): { seconds: number; peakMb: number; articles: number } {
  const { seconds, peakMb, output } = timedBuild(corpus.contentDir, outDir);
  const built = /built (\d+) articles/.exec(output)?.[1];
  return { seconds, peakMb, articles: Number(built ?? NaN) };
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

    const port = 4300 + index;
    const server = await preview({ root, build: { outDir }, preview: { port, strictPort: true }, logLevel: 'silent' });
    const latest: unknown = JSON.parse(readFileSync(path.join(outDir, 'data/latest/1.json'), 'utf8'));
    const first = ListSchema.parse(latest).items[0];
    if (first === undefined) throw new Error(`${corpus.label}: no articles`);
    const pages = [
      '/',
      `/articles/${first.slug}`,
      first.primaryTag === null ? '/tags' : `/tags/${first.primaryTag.slug}`,
      `/authors/${first.authors[0]?.slug ?? ''}`,
    ];
    const bytes: string[] = [];
    for (const pathname of pages) {
      bytes.push((await firstLoadBytes(browser, `http://localhost:${port}${pathname}`)).toLocaleString('en'));
    }
    await server.close();

    const articles = build.articles.toLocaleString('en');
    rows.push([
      corpus.label === 'bundled' ? `${articles} (bundled)` : articles,
      build.seconds.toFixed(1),
      `${build.peakMb}`,
      ...bytes,
    ]);
  }
} finally {
  await browser.close();
}

const header = ['articles', 'build s', 'peak MB', 'home B', 'article B', 'tag B', 'author B'];
const table = [header, header.map(() => '---'), ...rows].map((row) => `| ${row.join(' | ')} |`).join('\n');
const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
console.log(`\n${os.cpus().length} × ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}\n`);
console.log(table);
