/**
 * What the prerender does with a finished client build: which file each
 * address is written to, what head, feeds, app files and status it gets,
 * and the page template it renders into. The workers that render the pages
 * are replaced by one that records the jobs it is given (prerender-worker.ts
 * has its own tests); the heads' contents are page-head.ts's to test.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, expect, test } from 'vitest';

import type { Article } from '../src/build/content/schema.ts';
import { keyTextOf } from '../src/build/page-kinds.ts';
import { buildPageData } from '../src/build/view-model/page-data.ts';
import { dataOfIsland } from '../src/lib/content/page-island.ts';
import { pathnameOf } from '../src/lib/page-kinds.ts';
import { htmlFileOf, keyParts, pageTemplate, prerender, type PrerenderResult } from './prerender.ts';
import { WorkerInputSchema, type PrerenderJob, type WorkerSetup } from './prerender-worker.ts';
import { EMPTY_SNAPSHOT } from './output-snapshot.ts';

function article(n: number, tags: string[]): Article {
  const publishedAt = new Date(Date.UTC(2025, 0, n)).toISOString().slice(0, 10);
  return { slug: `a${n}`, title: `Article ${n}`, publishedAt, authors: ['jane-doe'], tags, body: ['Text.'] };
}

/** 21 articles: two pages of the latest list and of Jane's page; one page of Science. */
const data = buildPageData({
  pages: [],
  site: { title: 'The Ledger', description: 'News.', url: 'https://ledger.example.org', language: 'en' },
  authors: [{ slug: 'jane-doe', name: 'Jane Doe', bio: 'Jane reports.' }],
  tags: [{ slug: 'science', name: 'Science', description: 'Research.' }],
  articles: Array.from({ length: 21 }, (_, index) => article(index + 1, index === 0 ? ['science'] : [])),
});

/** Stands in for the built prerender-worker.js: writes down what it was sent and reports each batch done. */
const RECORDING_WORKER = `
import { appendFileSync } from 'node:fs';
import path from 'node:path';
import { parentPort, threadId } from 'node:worker_threads';
let outDir;
parentPort.on('message', (input) => {
  outDir ??= input.setup.outDir;
  appendFileSync(path.join(outDir, 'sent-' + threadId + '.jsonl'), JSON.stringify(input) + '\\n');
  parentPort.postMessage({ ok: true, result: { rendered: {} } });
});
`;

/** The parts of a client build the prerender reads: index.html, its stylesheet, and Vite's manifest. */
const INDEX_HTML = (base: string) =>
  [
    '<!doctype html><html><head><meta charset="UTF-8" />',
    '<script>theme()</script>',
    `<script type="module" crossorigin src="${base}assets/index-1.js"></script>`,
    `<link rel="stylesheet" crossorigin href="${base}assets/style-1.css">`,
    '</head><body><div id="root"></div></body></html>',
  ].join('\n');

const MANIFEST = {
  'src/app/main.tsx': { file: 'assets/index-1.js' },
  'src/features/home/home-page.tsx': { file: 'assets/home-page-1.js' },
  'src/features/articles/article-page.tsx': { file: 'assets/article-page-1.js' },
  'src/features/tags/tag-page.tsx': { file: 'assets/tag-page-1.js' },
  'src/features/authors/author-page.tsx': { file: 'assets/author-page-1.js' },
  'src/features/tags/tag-index-page.tsx': { file: 'assets/tag-index-page-1.js' },
  'src/features/authors/author-index-page.tsx': { file: 'assets/author-index-page-1.js' },
  'src/features/search/search-page.tsx': { file: 'assets/search-page-1.js' },
  'src/features/pages/standalone-page.tsx': { file: 'assets/standalone-page-1.js' },
};

/** A client build in `dir`, whose pages are staged there too. */
const filesIn = (dir: string) => ({
  clientDir: dir,
  output: {
    outDir: dir,
    stageDir: dir,
    keep: () => undefined,
    staged: () => undefined,
    found: () => Promise.resolve(EMPTY_SNAPSHOT),
  },
  dataFiles: {},
});

type Prerendered = { result: PrerenderResult; jobs: Map<string, PrerenderJob>; templates: Set<string> };

const scratch = mkdtempSync(path.join(tmpdir(), 'broadsheet-prerender-'));
const workerScript = path.join(scratch, 'recording-worker.mjs');

/** Runs the prerender over `data` as built for `base`, and returns what it handed its workers. */
async function prerenderFor(base: string): Promise<Prerendered> {
  const outDir = mkdtempSync(path.join(scratch, 'out-'));
  mkdirSync(path.join(outDir, 'assets'));
  mkdirSync(path.join(outDir, '.vite'));
  writeFileSync(path.join(outDir, 'assets/style-1.css'), 'body{color:red}');
  writeFileSync(path.join(outDir, 'index.html'), INDEX_HTML(base));
  writeFileSync(path.join(outDir, '.vite/manifest.json'), JSON.stringify(MANIFEST));

  const result = await prerender({ workerScript, codeHash: 'code' }, filesIn(outDir), data, base, {
    dir: path.join(outDir, 'page-cache'),
    clean: false,
    codeKey: 'code',
  });

  const sent = readdirSync(outDir)
    .filter((file) => file.startsWith('sent-'))
    .map((file) =>
      readFileSync(path.join(outDir, file), 'utf8')
        .trimEnd()
        .split('\n')
        .map((line) => WorkerInputSchema.parse(JSON.parse(line))),
    );
  const setups: WorkerSetup[] = [];
  const jobs = new Map<string, PrerenderJob>();
  for (const [first, ...batches] of sent) {
    if (first === undefined || !('setup' in first)) throw new Error('a worker was sent jobs before its setup');
    setups.push(first.setup);
    for (const batch of batches) {
      if (!('jobs' in batch)) throw new Error('a worker was sent its setup twice');
      for (const job of batch.jobs) {
        expect(jobs.has(job.pathname), `${job.pathname} is rendered once`).toBe(false);
        jobs.set(job.pathname, job);
      }
    }
  }
  return { result, jobs, templates: new Set(setups.map((setup) => setup.template)) };
}

let atRoot: Prerendered;
let underNews: Prerendered;

beforeAll(async () => {
  writeFileSync(workerScript, RECORDING_WORKER);
  atRoot = await prerenderFor('/');
  underNews = await prerenderFor('/news/');
});

afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

/** The JSON inside an island's script element. */
function islandText(island = ''): string {
  return island.slice(island.indexOf('>') + 1, island.lastIndexOf('</script>'));
}

function jobAt(prerendered: Prerendered, pathname: string): PrerenderJob {
  const job = prerendered.jobs.get(pathname);
  if (job === undefined) throw new Error(`no page was rendered for ${pathname}`);
  return job;
}

/** The content of `<meta {attribute}="{key}">` in a job's head, or null. */
function metaIn(head: string, attribute: 'name' | 'property', key: string): string | null {
  return new RegExp(`<meta ${attribute}="${key}" content="([^"]*)">`).exec(head)?.[1] ?? null;
}

function titleIn(head: string): string | null {
  return /<title>([^<]*)<\/title>/.exec(head)?.[1] ?? null;
}

function canonicalIn(head: string): string | null {
  return /<link rel="canonical" href="([^"]*)">/.exec(head)?.[1] ?? null;
}

function feedsIn(head: string): string[] {
  return [...head.matchAll(/<link rel="alternate" type="application\/rss\+xml" title="[^"]*" href="([^"]*)">/g)].map(
    (match) => match[1] ?? '',
  );
}

/** The @type of each JSON-LD block in a job's head. */
function jsonLdTypesIn(head: string): unknown[] {
  return [...head.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/g)].map((match): unknown => {
    const parsed: unknown = JSON.parse(match[1] ?? 'null');
    return parsed !== null && typeof parsed === 'object' && '@type' in parsed ? parsed['@type'] : null;
  });
}

test('htmlFileOf: the root is index.html, every other address a folder with its own index.html', () => {
  expect(htmlFileOf('/')).toBe('index.html');
  expect(htmlFileOf('/page/2')).toBe('page/2/index.html');
  expect(htmlFileOf('/page/1')).toBe('page/1/index.html');
  expect(htmlFileOf('/articles/kim-jong-un')).toBe('articles/kim-jong-un/index.html');
  expect(htmlFileOf('/tags')).toBe('tags/index.html');
  expect(htmlFileOf('/tags/science')).toBe('tags/science/index.html');
  expect(htmlFileOf('/tags/science/page/3')).toBe('tags/science/page/3/index.html');
  expect(htmlFileOf('/authors')).toBe('authors/index.html');
  expect(htmlFileOf('/authors/jane-doe')).toBe('authors/jane-doe/index.html');
  expect(htmlFileOf('/authors/jane-doe/page/2')).toBe('authors/jane-doe/page/2/index.html');
});

test('every address of the site is rendered once, to its own file; so are /page/1, the search page and 404.html', () => {
  const sitePaths = data.pages.map(pathnameOf);
  // The site's pages include the search page and the not-found page (/404, written to 404.html).
  expect(sitePaths).toEqual(expect.arrayContaining(['/search', '/404']));
  expect([...atRoot.jobs.keys()].sort()).toEqual([...sitePaths, '/page/1'].sort());
  expect(atRoot.result.pages).toBe(atRoot.jobs.size);
  for (const job of atRoot.jobs.values()) {
    expect(job.file, job.pathname).toBe(job.pathname === '/404' ? '404.html' : htmlFileOf(job.pathname));
    expect(job.status, job.pathname).toBe(job.pathname === '/404' ? 404 : 200);
  }
  const files = [...atRoot.jobs.values()].map((job) => job.file);
  expect(new Set(files).size).toBe(files.length);
  for (const file of files) expect(file).toMatch(/^(?:[a-z0-9-]+\/)*(?:index|404)\.html$/);
});

test('each kind of page gets its own kind of head', () => {
  const head = (pathname: string) => jobAt(atRoot, pathname).head;
  expect(titleIn(head('/'))).toBe('The Ledger');
  expect(titleIn(head('/page/2'))).toBe('Latest, page 2 · The Ledger');

  expect(titleIn(head('/articles/a1'))).toBe('Article 1 · The Ledger');
  expect(metaIn(head('/articles/a1'), 'property', 'og:type')).toBe('article');
  expect(jsonLdTypesIn(head('/articles/a1'))).toContain('NewsArticle');
  expect(head('/articles/a1')).toContain('"headline":"Article 1"');

  expect(titleIn(head('/tags/science'))).toBe('Science · The Ledger');
  expect(metaIn(head('/tags/science'), 'name', 'description')).toBe('Research.');

  // Every page of an author's list is the author's profile.
  expect(titleIn(head('/authors/jane-doe/page/2'))).toBe('Jane Doe, page 2 · The Ledger');
  expect(metaIn(head('/authors/jane-doe/page/2'), 'property', 'og:type')).toBe('profile');

  expect(titleIn(head('/tags'))).toBe('Tags · The Ledger');
  expect(titleIn(head('/authors'))).toBe('Authors · The Ledger');
  expect(titleIn(head('/search'))).toBe('Search · The Ledger');
  expect(titleIn(head('/404'))).toBe('Not found · The Ledger');
});

test("every page's canonical URL is the site's url plus the address it is written for, with its slash; only not-found is noindex", () => {
  for (const page of data.pages) {
    const pathname = pathnameOf(page);
    if (page.kind === 'not-found') {
      expect(metaIn(jobAt(atRoot, pathname).head, 'name', 'robots')).toBe('noindex');
      continue;
    }
    const { head } = jobAt(atRoot, pathname);
    expect(canonicalIn(head), pathname).toBe(
      new URL(pathname === '/' ? '/' : `${pathname}/`, 'https://ledger.example.org').href,
    );
    expect(metaIn(head, 'name', 'robots'), pathname).toBeNull();
  }
  expect(canonicalIn(jobAt(atRoot, '/search').head)).toBe('https://ledger.example.org/search/');
});

test('/page/1 is the home page again: the same head, its canonical the home', () => {
  expect(jobAt(atRoot, '/page/1').head).toBe(jobAt(atRoot, '/').head);
  expect(canonicalIn(jobAt(atRoot, '/page/1').head)).toBe('https://ledger.example.org/');
});

test('404.html says noindex and has no canonical URL', () => {
  const { head } = jobAt(atRoot, '/404');
  expect(metaIn(head, 'name', 'robots')).toBe('noindex');
  expect(canonicalIn(head)).toBeNull();
});

test("every page offers the site's feed, and a tag page its own too", () => {
  for (const job of atRoot.jobs.values()) {
    const expected = job.pathname.startsWith('/tags/')
      ? ['https://ledger.example.org/feed.xml', 'https://ledger.example.org/tags/science/feed.xml']
      : ['https://ledger.example.org/feed.xml'];
    expect(feedsIn(job.head), job.pathname).toEqual(expected);
  }
});

test("each page starts the app with its view's code, from the base; its data is in the page", () => {
  expect(jobAt(atRoot, '/articles/a1').appFiles).toBe('<link rel="modulepreload" href="/assets/article-page-1.js">');
  expect(jobAt(atRoot, '/tags/science').appFiles).toBe('<link rel="modulepreload" href="/assets/tag-page-1.js">');
  expect(jobAt(underNews, '/authors/jane-doe/page/2').appFiles).toBe(
    '<link rel="modulepreload" href="/news/assets/author-page-1.js">',
  );
  expect(jobAt(underNews, '/search').appFiles).toBe('<link rel="modulepreload" href="/news/assets/search-page-1.js">');
  expect(jobAt(atRoot, '/page/1').appFiles).toBe('');
  expect(jobAt(atRoot, '/404').appFiles).toBe('');
});

test('each page with data carries it as an island under the address it is the data of, inside the site', () => {
  const article = jobAt(underNews, '/articles/a1').data;
  expect(article?.address).toBe('/articles/a1');
  expect(dataOfIsland(islandText(article?.island), '/articles/a1')).toMatchObject({ slug: 'a1' });
  // /page/1 renders the home's data, which its loader asks for by the home's address.
  expect(jobAt(atRoot, '/page/1').data).toEqual(jobAt(atRoot, '/').data);
  expect(jobAt(atRoot, '/page/1').data?.address).toBe('/');
  // Results are found in the browser; the 404 page shows no content.
  expect(jobAt(atRoot, '/search').data).toBeNull();
  expect(jobAt(atRoot, '/404').data).toBeNull();
});

test('a view with no chunk in the build fails the prerender, naming it', async () => {
  const outDir = mkdtempSync(path.join(scratch, 'out-'));
  mkdirSync(path.join(outDir, 'assets'));
  mkdirSync(path.join(outDir, '.vite'));
  writeFileSync(path.join(outDir, 'assets/style-1.css'), 'body{color:red}');
  writeFileSync(path.join(outDir, 'index.html'), INDEX_HTML('/'));
  const { 'src/features/tags/tag-page.tsx': _tagPage, ...withoutTagPage } = MANIFEST;
  writeFileSync(path.join(outDir, '.vite/manifest.json'), JSON.stringify(withoutTagPage));
  const cache = { dir: path.join(outDir, 'page-cache'), clean: false, codeKey: 'code' };
  await expect(prerender({ workerScript, codeHash: 'code' }, filesIn(outDir), data, '/', cache)).rejects.toThrow(
    'the tag view (src/features/tags/tag-page.tsx) has no chunk in the build',
  );
});

test("each page knows the browser's pathname it was prerendered for, base included", () => {
  expect(jobAt(atRoot, '/').prerenderedPath).toBe('/');
  expect(jobAt(atRoot, '/articles/a1').prerenderedPath).toBe('/articles/a1');
  expect(jobAt(underNews, '/').prerenderedPath).toBe('/news');
  expect(jobAt(underNews, '/articles/a1').prerenderedPath).toBe('/news/articles/a1');
  expect(jobAt(underNews, '/page/1').prerenderedPath).toBe('/news/page/1');
});

test('every worker renders into the same template, which carries the policy the prerender returns', () => {
  for (const prerendered of [atRoot, underNews]) {
    expect(prerendered.templates.size).toBe(1);
    const [template = ''] = prerendered.templates;
    expect(template).toContain(`<meta http-equiv="Content-Security-Policy" content="${prerendered.result.policy}" />`);
    expect(template).toContain('<link rel="stylesheet"');
    expect(template).not.toContain('Notes for whoever');
  }
  // Canonical URLs are the site's, whatever the base the site is served under.
  expect(canonicalIn(jobAt(underNews, '/articles/a1').head)).toBe('https://ledger.example.org/articles/a1/');
});

test('pageTemplate: the stylesheet linked, and a policy that allows exactly its inline scripts by hash', () => {
  {
    const indexHtml = [
      '<html><head><meta charset="UTF-8" />',
      '<!-- Notes for whoever edits index.html,',
      '     over two lines. -->',
      '<script>theme()</script>',
      '<script type="module" crossorigin src="/news/assets/index-1.js"></script>',
      '<link rel="stylesheet" crossorigin href="/news/assets/style-1.css">',
      '</head><body><div id="root"></div></body></html>',
    ].join('\n');
    const { template, policy } = pageTemplate(indexHtml);
    const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
    // One file for every page, which the browser caches, not a copy in each.
    expect(template).toContain('<link rel="stylesheet" crossorigin href="/news/assets/style-1.css">');
    expect(template).not.toContain('<style');
    expect(template).not.toContain('Notes for whoever');
    expect(policy).toContain(`script-src 'self' ${sha256('theme()')};`);
    expect(policy).toContain(`style-src 'self';`);
    expect(template.indexOf('http-equiv="Content-Security-Policy"')).toBeLessThan(template.indexOf('<script>'));
    // The app is no longer in <head>: it starts from its template, with nothing inline to allow.
    expect(template.slice(0, template.indexOf('</head>'))).not.toContain('type="module"');
    // The built site's own template has no inline script left (early-script.ts): 'self' alone.
    expect(pageTemplate(indexHtml.replace('<script>theme()</script>\n', '')).policy).toContain("script-src 'self';");
  }
});

test("a page's key text changes exactly when its data's JSON does, a list's entries each keyed once", () => {
  const site = { title: 'The Ledger', description: 'News.', url: 'https://ledger.example.org', language: 'en' };
  const content = (articles: Article[], bio = 'Jane reports.', description = 'Research.') =>
    buildPageData({
      pages: [],
      site,
      authors: [{ slug: 'jane-doe', name: 'Jane Doe', bio }],
      tags: [{ slug: 'science', name: 'Science', description }],
      articles,
    });
  const articles = Array.from({ length: 25 }, (_, index) => article(index + 1, index % 2 === 0 ? ['science'] : []));
  const variants = [
    content(articles),
    // One entry's title, in the latest list, Science's and Jane's.
    content(articles.map((item) => (item.slug === 'a3' ? { ...item, title: 'Retitled' } : item))),
    // The author's profile, which Jane's pages carry beside their entries, and the tag's, which Science's carry.
    content(articles, 'Jane edits.'),
    content(articles, 'Jane reports.', 'Studies.'),
    // One article more: every list shifts; or, the oldest, only each list's count.
    content([...articles, article(26, [])]),
    content([article(0, ['science']), ...articles]),
  ];
  const texts = (data: ReturnType<typeof content>) => {
    const parts = keyParts(data.catalogue);
    return new Map(
      data.pages.map((page) => [pathnameOf(page), { key: keyTextOf(page, parts), json: JSON.stringify(page.data) }]),
    );
  };
  const [first, ...others] = variants.map(texts);
  let listsCompared = 0;
  for (const other of others) {
    for (const [address, now] of other) {
      const then = first?.get(address);
      if (then === undefined) continue;
      if (/^\/(page|tags\/|authors\/)/.test(address) || address === '/') listsCompared += 1;
      expect(now.key === then.key, address).toBe(now.json === then.json);
    }
  }
  expect(listsCompared).toBeGreaterThan(10);
});
