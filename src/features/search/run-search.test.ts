import { afterEach, expect, test, vi } from 'vitest';

import { anArticleFile, day } from '../../build/test-content.ts';
import { buildPageData } from '../../build/view-model/page-data.ts';
import { setDataFetch } from '../../lib/content/api.ts';
import { cachingFetch } from '../../lib/content/data-cache.ts';
import { siteFetch } from '../../test/page-response.ts';
import { forgetSearchFiles, MANIFEST_FRESH_MS, runSearch } from './run-search.ts';

const site = { title: 'The Ledger', description: 'News.', url: 'https://ledger.example.org', language: 'en' };
const articles = [
  anArticleFile('kursk', { title: 'Troops return from Kursk', publishedAt: day(3) }),
  anArticleFile('rail', { title: 'A new rail line to Kyiv', publishedAt: day(2), body: ['Trains run west.'] }),
];
const data = buildPageData({ site, authors: [{ slug: 'jane-doe', name: 'Jane Doe' }], tags: [], pages: [], articles });
// Published since: a newer article, so that every article's number in the index moves down by one.
const published = buildPageData({
  site,
  authors: [{ slug: 'jane-doe', name: 'Jane Doe' }],
  tags: [],
  pages: [],
  articles: [...articles, anArticleFile('kherson', { title: 'Kherson under fire', publishedAt: day(4) })],
});
const requested: string[] = [];
const record = (path: string) => {
  requested.push(`/${path}`);
};

setDataFetch(siteFetch(data, record));

afterEach(() => {
  requested.length = 0;
  vi.restoreAllMocks();
  forgetSearchFiles();
  setDataFetch(siteFetch(data, record));
});

test('a query fetches the manifest and only the parts and shards its words need, once', async () => {
  const outcome = await runSearch('Krusk', 1);
  expect(outcome.results.map((result) => result.article.slug)).toEqual(['kursk']);
  const search = requested.filter((url) => url.includes('/search/'));
  expect(search).toContain('/data/search/terms.json');
  // "krusk": its own part ("kr") and the part and typo parts of its first and third letters ("ku"), where "kursk" is.
  expect(search).toContain('/data/search/terms-6b-75.json');
  expect(search).not.toContain('/data/search/terms-74-72.json');
  expect(search.length).toBeLessThan(data.files.filter((file) => file.path.startsWith('data/search/')).length / 2);
  requested.length = 0;
  await runSearch('Kursk', 1);
  expect(requested.filter((url) => url.includes('/search/'))).toEqual([]);
});

test('forgetSearchFiles makes the next query fetch the index afresh', async () => {
  await runSearch('Kursk', 1);
  requested.length = 0;
  forgetSearchFiles();
  await runSearch('Kursk', 1);
  expect(requested).toContain('/data/search/terms.json');
  expect(requested).toContain('/data/search/terms-6b-75.json');
});

test('a query after a publication reads the new index, none of the files of the one it had', async () => {
  expect(published.files.find((file) => file.path === 'data/search/terms.json')?.data).not.toEqual(
    data.files.find((file) => file.path === 'data/search/terms.json')?.data,
  );
  let now = Date.now();
  vi.spyOn(Date, 'now').mockImplementation(() => now);
  let served = data;
  setDataFetch((input, init) => siteFetch(served, record)(input, init));

  expect((await runSearch('Kursk', 1)).results.map((result) => result.article.slug)).toEqual(['kursk']);
  served = published;
  requested.length = 0;
  // For a short while the page's index is taken as current (docs/decisions/004-search-index.md, "After a
  // publication"): no manifest, part or shard is asked for.
  now += MANIFEST_FRESH_MS - 1;
  await runSearch('Kursk', 1);
  expect(requested.filter((url) => url.includes('/search/'))).toEqual([]);

  now += 1;
  const outcome = await runSearch('Kursk', 1);
  // The old shards' article 0 is the new index's Kherson: read with the new summaries, they would name it.
  expect(outcome.results.map((result) => result.article.slug)).toEqual(['kursk']);
  expect(requested).toContain('/data/search/terms.json');
  expect(requested).toContain('/data/search/terms-6b-75.json');
});

test('after a publication, with the data cache between: no file the cache kept from before is read with the new index', async () => {
  let now = Date.now();
  vi.spyOn(Date, 'now').mockImplementation(() => now);
  let served = data;
  setDataFetch(cachingFetch((input, init) => siteFetch(served, record)(input, init)));

  // The manifest at 0 s; the summaries and Kursk's files at 20 s, which the data cache keeps until 50 s.
  await runSearch('Nothing', 1);
  now += 20_000;
  expect((await runSearch('Kursk', 1)).results.map((result) => result.article.slug)).toEqual(['kursk']);
  served = published;
  now += MANIFEST_FRESH_MS - 20_000 + 1;
  requested.length = 0;

  expect((await runSearch('Kherson', 1)).results.map((result) => result.article.slug)).toEqual(['kherson']);
  expect((await runSearch('Kursk', 1)).results.map((result) => result.article.slug)).toEqual(['kursk']);
  expect(requested).toContain('/data/search/terms-6b-75.json');
});

test('an index file the server does not have makes the search unavailable, not "no match", and is asked for again', async () => {
  let missing: string | null = 'data/search/terms-6b-75.json';
  const site = siteFetch(data, record);
  setDataFetch((input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    // A host's fallback for a file it does not have: its 404 page, or the app's HTML.
    if (missing !== null && url.endsWith(missing)) {
      asked += 1;
      return Promise.resolve(new Response('<!doctype html>'));
    }
    return site(input, init);
  });
  let asked = 0;
  expect(await runSearch('Kursk', 1)).toEqual({
    total: 0,
    page: 1,
    pageCount: 1,
    results: [],
    unanswered: 'unavailable',
  });
  // Asked for twice: once more with a fresh manifest, in case a publication replaced the index.
  expect(asked).toBe(2);
  expect(requested.filter((url) => url === '/data/search/terms.json')).toHaveLength(2);

  missing = null;
  expect((await runSearch('Kursk', 1)).results.map((result) => result.article.slug)).toEqual(['kursk']);
});

test('a postings shard that fails to load makes the search unavailable, and a later query finds it', async () => {
  const shard = data.files.find((file) => /^data\/search\/postings-6b-75/.test(file.path))?.path;
  expect(shard).toBeDefined();
  let failing = true;
  const site = siteFetch(data, record);
  setDataFetch((input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (failing && shard !== undefined && url.endsWith(shard))
      return Promise.resolve(new Response(null, { status: 500 }));
    return site(input, init);
  });
  expect((await runSearch('Kursk', 1)).unanswered).toBe('unavailable');
  failing = false;
  expect((await runSearch('Kursk', 1)).results.map((result) => result.article.slug)).toEqual(['kursk']);
});

test('a search aborted by a newer one still throws, without a second try', async () => {
  const aborted = new AbortController();
  aborted.abort();
  setDataFetch(() => Promise.reject(new DOMException('Aborted', 'AbortError')));
  await expect(runSearch('Kursk', 1, aborted.signal)).rejects.toThrow();
});

test('a query with no word search can look for fetches nothing, and says why rather than "no match"', async () => {
  for (const query of ['K', '!!!', '“ ”']) {
    expect((await runSearch(query, 1)).unanswered, query).toBe('no-words');
  }
  expect(requested).toEqual([]);
});
