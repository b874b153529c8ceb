/**
 * `npm run bench:search`: measures search at 1,000 and 10,000 generated
 * articles (BENCH_SIZES to change), each with the placeholder vocabulary and
 * the real one (content:generate --vocabulary; BENCH_VOCABULARIES to
 * change), and prints two tables.
 *
 * 1. The index, in Node, next to the libraries it was chosen against
 *    (docs/decisions/004-search-index.md): distinct terms, build time,
 *    bytes (gzip) a browser must download before its first query (the
 *    search code, read from a build of the bundled content, and the index
 *    files the query needs), the whole index, and query time over the same
 *    queries.
 * 2. The built site in headless Chromium at the largest size, for each
 *    vocabulary (BENCH_BROWSER=0 to skip): the gzip bytes the first query
 *    downloads (the search code and index files; and all, with the result
 *    page's data), and the query time the page itself measures (User Timing
 *    `broadsheet:search-query`), median and 95th percentile.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

import { chromium, type Browser } from '@playwright/test';
import { Document } from 'flexsearch';
import MiniSearch from 'minisearch';

import { buildCatalogue } from '../src/build/view-model/catalogue.ts';
import type { ArticleView } from '../src/lib/content/model.ts';
import { buildSearchIndex, searchFields } from '../src/build/search/build-index.ts';
import { allParts } from '../src/build/search/search-test-index.ts';
import { partsFor, planQuery, postingsFrom, rankArticles, shardsFor } from '../src/lib/search/query.ts';
import { chromiumLaunchOptions } from './browser.ts';
import { generateCorpus, mulberry32, VOCABULARIES, type Corpus, type Vocabulary } from './content/generate-corpus.ts';
import { searchCodeBytes } from './search-code-size.ts';
import { startStaticServer } from './static-server.ts';

const root = path.resolve(import.meta.dirname, '..');
const work = path.join(root, '.cache/bench');
const sizes = (process.env.BENCH_SIZES ?? '1000,10000').split(',').map(Number);
const vocabularies = (process.env.BENCH_VOCABULARIES ?? VOCABULARIES.join(',')).split(',').map((name) => {
  const vocabulary = VOCABULARIES.find((known) => known === name);
  if (vocabulary === undefined) throw new Error(`BENCH_VOCABULARIES: unknown vocabulary ${JSON.stringify(name)}`);
  return vocabulary;
});
const inBrowser = process.env.BENCH_BROWSER !== '0';
const QUERY_COUNT = 200;

// --- queries ------------------------------------------------------------------

/**
 * Queries as readers type them: whole words (common and rare), prefixes,
 * words with one typo, and two-word queries, drawn from the articles' own
 * headlines and text.
 */
function makeQueries(corpus: Corpus, count: number): string[] {
  const next = mulberry32(7); // the corpus generator's PRNG: every run asks the same queries
  const pick = <T>(items: readonly T[]): T => {
    const item = items[Math.floor(next() * items.length)];
    if (item === undefined) throw new Error('nothing to pick from');
    return item;
  };
  const words = corpus.articles.flatMap((article) =>
    `${article.title} ${typeof article.body[0] === 'string' ? article.body[0] : ''}`
      .split(/[^\p{L}\p{N}]+/u)
      .filter((word) => word.length >= 4),
  );
  const typo = (word: string) => {
    const at = 1 + Math.floor(next() * (word.length - 2));
    return word.slice(0, at) + (word[at + 1] ?? '') + (word[at] ?? '') + word.slice(at + 2);
  };
  return Array.from({ length: count }, (_, index) => {
    const word = pick(words);
    switch (index % 4) {
      case 0:
        return word;
      case 1:
        return word.slice(0, Math.max(3, Math.ceil(word.length / 2)));
      case 2:
        return word.length >= 5 ? typo(word) : word;
      default:
        return `${word} ${pick(words)}`;
    }
  });
}

// --- measuring ------------------------------------------------------------------

const gzipBytes = (value: unknown) => gzipSync(JSON.stringify(value), { level: 6 }).byteLength;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value: number) => `${value.toFixed(value < 10 ? 2 : 1)} ms`;

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

function timeQueries(queries: readonly string[], run: (query: string) => unknown): { p50: number; p95: number } {
  for (const query of queries.slice(0, 20)) run(query); // warm up the JIT
  const times = queries.map((query) => {
    const started = performance.now();
    run(query);
    return performance.now() - started;
  });
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}

type SearchDoc = { id: number; title: string; standfirst: string; body: string; tags: string; authors: string };

/** The same texts our index is built from (build-index.ts: searchFields), one field each, for the other engines. */
function searchDocs(articles: readonly ArticleView[]): SearchDoc[] {
  return articles.map((article, id) => {
    const [title, tags, authors, standfirst, body] = searchFields(article).map(([, text]) => text);
    return {
      id,
      title: title ?? '',
      standfirst: standfirst ?? '',
      body: body ?? '',
      tags: tags ?? '',
      authors: authors ?? '',
    };
  });
}

const FIELDS = ['title', 'standfirst', 'body', 'tags', 'authors'] as const;

type Row = {
  engine: string;
  terms?: number;
  buildMs: number;
  /** Bytes to download before the first answer: median and 95th percentile over the queries. */
  firstQuery: { p50: number; p95: number };
  whole: number;
  p50: number;
  p95: number;
};

function measureOurs(articles: readonly ArticleView[], queries: readonly string[], codeBytes: number): Row {
  const started = performance.now();
  const index = buildSearchIndex(articles);
  const buildMs = performance.now() - started;
  const { manifest } = index;
  const partBytes = new Map(index.parts.map(({ key, part }) => [key, gzipBytes(part)]));
  const typoBytes = new Map(index.typos.map(({ key, part }) => [key, gzipBytes(part)]));
  const shardBytes = new Map(
    index.parts.flatMap(({ key, shards }) => shards.map((shard, n) => [`${key} ${n}`, gzipBytes(shard)] as const)),
  );
  const shards = new Map(index.parts.map(({ key, shards: partShards }) => [key, partShards]));
  const loaded = allParts(index);
  const sum = (values: Iterable<number>) => [...values].reduce((total, value) => total + value, 0);
  // What run-search.ts fetches: the code, the manifest, the parts the words name, then the shards the plan needs.
  const firstQueryBytes = queries.map((query) => {
    const needed = partsFor(manifest, query);
    const plan = planQuery(loaded, query);
    return (
      codeBytes +
      gzipBytes(manifest) +
      sum(needed.parts.map((key) => partBytes.get(key) ?? 0)) +
      sum(needed.typos.map((key) => typoBytes.get(key) ?? 0)) +
      sum(shardsFor(plan).map(({ part, shard }) => shardBytes.get(`${part} ${shard}`) ?? 0))
    );
  });
  const postingsOf = postingsFrom((part, shard) => shards.get(part)?.[shard]);
  const times = timeQueries(queries, (query) => rankArticles(manifest, planQuery(loaded, query), postingsOf));
  return {
    engine: 'ours (split)',
    terms: sum(index.parts.map(({ part }) => part.terms.length)),
    buildMs,
    firstQuery: { p50: percentile(firstQueryBytes, 50), p95: percentile(firstQueryBytes, 95) },
    whole: gzipBytes(manifest) + sum(partBytes.values()) + sum(typoBytes.values()) + sum(shardBytes.values()),
    ...times,
  };
}

function measureMiniSearch(docs: readonly SearchDoc[], queries: readonly string[]): Row {
  const started = performance.now();
  const index = new MiniSearch<SearchDoc>({ fields: [...FIELDS] });
  index.addAll(docs);
  const buildMs = performance.now() - started;
  const whole = gzipBytes(index);
  const options = {
    prefix: true,
    fuzzy: (term: string) => (term.length >= 5 ? 1 : false),
    combineWith: 'AND',
    boost: { title: 3, tags: 1.5, authors: 1.5 },
  } as const;
  return {
    engine: 'MiniSearch 7',
    buildMs,
    firstQuery: { p50: whole, p95: whole },
    whole,
    ...timeQueries(queries, (query) => index.search(query, options)),
  };
}

function measureFlexSearch(docs: readonly SearchDoc[], queries: readonly string[]): Row {
  const started = performance.now();
  const index = new Document({ document: { id: 'id', index: [...FIELDS] }, tokenize: 'forward' });
  for (const doc of docs) index.add(doc);
  const buildMs = performance.now() - started;
  let whole = 0;
  // With a handler that returns nothing, export hands over every part before it returns.
  index.export((_key: string, data: string | undefined) => {
    whole += gzipSync(data ?? '').byteLength;
  });
  return {
    engine: 'FlexSearch 0.8',
    buildMs,
    firstQuery: { p50: whole, p95: whole },
    whole,
    ...timeQueries(queries, (query) => index.search(query)),
  };
}

// --- in the browser ----------------------------------------------------------------

/** Builds the site into `outDir`, from `contentDir` or else the bundled content. */
function buildSite(outDir: string, contentDir?: string): void {
  mkdirSync(work, { recursive: true });
  execFileSync(process.execPath, ['scripts/run-build.mjs'], {
    cwd: root,
    env: { ...process.env, OUT_DIR: outDir, ...(contentDir === undefined ? {} : { CONTENT_DIR: contentDir }) },
    stdio: 'ignore',
  });
}

/** A data file of the search index or a script: what search itself costs, apart from the results' data. */
const isSearchCost = (url: string) => url.includes('/data/search/') || url.endsWith('.js');

async function measureInBrowser(browser: Browser, count: number, vocabulary: Vocabulary, queries: readonly string[]) {
  const contentDir = path.join(work, `content-${count}-${vocabulary}`);
  const outDir = path.join(work, `dist-search-${count}-${vocabulary}`);
  mkdirSync(work, { recursive: true });
  const args = ['--articles', String(count), '--vocabulary', vocabulary, '--out', contentDir, '--force'];
  execFileSync('npx', ['tsx', 'scripts/generate-content.ts', ...args], { cwd: root, stdio: 'ignore' });
  buildSite(outDir, contentDir);
  const { server, port } = await startStaticServer({ root: outDir, port: 0 });
  const origin = `http://localhost:${port}`;
  try {
    // First query: a fresh browser on the search page, typing one query; every byte fetched for it.
    const firstQueryBytes: number[] = [];
    const firstQuerySearchBytes: number[] = [];
    for (const query of queries.slice(0, 12)) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${origin}/search`, { waitUntil: 'networkidle' });
      const bodies: Promise<number>[] = [];
      const searchBodies: Promise<number>[] = [];
      page.on('response', (response) => {
        const bytes = response.body().then(
          (body) => gzipSync(body, { level: 6 }).byteLength,
          () => 0,
        );
        bodies.push(bytes);
        if (isSearchCost(response.url())) searchBodies.push(bytes);
      });
      const box = page.getByRole('searchbox', { name: 'Headlines, stories, tags and authors' });
      await box.fill(query);
      await box.press('Enter');
      await page.getByRole('status').filter({ hasText: query }).waitFor();
      await page.waitForLoadState('networkidle');
      firstQueryBytes.push((await Promise.all(bodies)).reduce((sum, bytes) => sum + bytes, 0));
      firstQuerySearchBytes.push((await Promise.all(searchBodies)).reduce((sum, bytes) => sum + bytes, 0));
      await context.close();
    }

    // Query time: one page, every query in turn, as the page measures it.
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${origin}/search`, { waitUntil: 'networkidle' });
    const box = page.getByRole('searchbox', { name: 'Headlines, stories, tags and authors' });
    const wall: number[] = [];
    for (const query of queries) {
      const started = performance.now();
      await box.fill(query);
      await box.press('Enter');
      await page
        .getByRole('status')
        .filter({ hasText: `“${query}”` })
        .waitFor();
      wall.push(performance.now() - started);
    }
    const measured = await page.evaluate(() =>
      performance.getEntriesByName('broadsheet:search-query').map((entry) => entry.duration),
    );
    await context.close();
    return { firstQueryBytes, firstQuerySearchBytes, measured, wall };
  } finally {
    server.close();
  }
}

// --- report ------------------------------------------------------------------

const table = (header: string[], rows: string[][]) =>
  [header, header.map(() => '---'), ...rows].map((row) => `| ${row.join(' | ')} |`).join('\n');

// The search code does not depend on the content: one small build of the bundled content tells its size.
const codeDir = path.join(work, 'dist-search-code');
buildSite(codeDir);
const codeBytes = searchCodeBytes(codeDir);

const indexRows: string[][] = [];
for (const count of sizes) {
  for (const vocabulary of vocabularies) {
    const corpus = generateCorpus({ articles: count, vocabulary });
    const queries = makeQueries(corpus, QUERY_COUNT);
    const { articles } = buildCatalogue({ ...corpus, pages: [] });
    const docs = searchDocs(articles);
    const rows = [
      measureOurs(articles, queries, codeBytes),
      measureMiniSearch(docs, queries),
      measureFlexSearch(docs, queries),
    ];
    for (const row of rows) {
      indexRows.push([
        count.toLocaleString('en'),
        vocabulary,
        row.engine,
        row.terms?.toLocaleString('en') ?? '',
        `${(row.buildMs / 1000).toFixed(1)} s`,
        kb(row.firstQuery.p50),
        kb(row.firstQuery.p95),
        kb(row.whole),
        ms(row.p50),
        ms(row.p95),
      ]);
    }
    console.error(`${count} ${vocabulary}: done`);
  }
}

const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
console.log(`\n${os.cpus().length} × ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`);
console.log(`${QUERY_COUNT} queries: words, prefixes, one-typo words and two-word queries from the articles.\n`);
console.log(`Search code, on top of the app: ${kb(codeBytes)} (gzip), counted in our first query.\n`);
console.log('Index, in Node (first query: bytes to download before the first answer):\n');
console.log(
  table(
    [
      'articles',
      'vocabulary',
      'engine',
      'terms',
      'build',
      'first query p50 (gzip)',
      'first query p95 (gzip)',
      'whole index (gzip)',
      'query p50',
      'query p95',
    ],
    indexRows,
  ),
);

const largest = Math.max(...sizes);
const browser = inBrowser ? await chromium.launch(chromiumLaunchOptions()) : null;
try {
  for (const vocabulary of vocabularies) {
    if (browser === null) break;
    const corpus = generateCorpus({ articles: largest, vocabulary });
    const { firstQueryBytes, firstQuerySearchBytes, measured, wall } = await measureInBrowser(
      browser,
      largest,
      vocabulary,
      makeQueries(corpus, QUERY_COUNT),
    );
    const row = (figure: string, values: readonly number[], format: (value: number) => string, target: string) => [
      figure,
      format(percentile(values, 50)),
      format(percentile(values, 95)),
      format(Math.max(...values)),
      target,
    ];
    console.log(`\nThe built site in Chromium, ${largest.toLocaleString('en')} articles, ${vocabulary} vocabulary:\n`);
    console.log(
      table(
        ['figure', 'median', '95th percentile', 'max', 'target'],
        [
          row('first query downloads: search code and index (gzip)', firstQuerySearchBytes, kb, '≤ 100 KB'),
          row('first query downloads: all, with the results’ data (gzip)', firstQueryBytes, kb, ''),
          row('query time (page-measured)', measured, ms, '≤ 5 ms p95'),
          row('Enter to results shown (incl. data files)', wall, ms, ''),
        ],
      ),
    );
  }
} finally {
  await browser?.close();
}
