/**
 * The data cache as the loaders meet it: through api.ts, with the network
 * mocked.
 */
import { afterEach, beforeEach, expect, test, vi } from 'vitest';

import { pageResponse } from '../../test/page-response.ts';
import { getArticle, getTagFilter, listLatest, setDataFetch } from './api.ts';
import { cachingFetch, DATA_FRESH_MS } from './data-cache.ts';

const base = import.meta.env.BASE_URL;
const ARTICLE = `${base}articles/harbour/`;

/** The network: answers from `respond`, each request (and the signal it was given) recorded. */
function network(respond: (url: string) => Response | Error | Promise<Response> = () => Response.json({})) {
  const requests: { url: string; signal: AbortSignal | null | undefined; cache?: RequestCache }[] = [];
  const fetch = vi.fn<typeof globalThis.fetch>((input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    requests.push({ url, signal: init?.signal, ...(init?.cache === undefined ? {} : { cache: init.cache }) });
    const answer = respond(url);
    return answer instanceof Error ? Promise.reject(answer) : Promise.resolve(answer);
  });
  return { fetch, urls: () => requests.map((request) => request.url), requests };
}

function install(fetch: typeof globalThis.fetch, options?: Parameters<typeof cachingFetch>[1]) {
  setDataFetch(cachingFetch(fetch, options));
}

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
  setDataFetch((input, init) => fetch(input, init));
});

test('a loader after a prefetch of the same file fetches nothing, and gets the same data', async () => {
  const { fetch, urls } = network(() => pageResponse('/articles/harbour', { slug: 'harbour', body: [], related: [] }));
  install(fetch);
  // The prefetch: a loader's call with a signal that never aborts.
  await getArticle('harbour', new AbortController().signal);
  // The click's loader.
  await expect(getArticle('harbour', new AbortController().signal)).resolves.toEqual({
    slug: 'harbour',
    body: [],
    related: [],
  });
  expect(urls()).toEqual([ARTICLE]);
});

test('a loader that starts while the prefetch is on its way shares its request', async () => {
  let answer: (response: Response) => void = () => undefined;
  const { fetch, urls } = network(
    () =>
      new Promise<Response>((resolve) => {
        answer = resolve;
      }),
  );
  install(fetch);
  const prefetched = getArticle('harbour');
  const loaded = getArticle('harbour');
  answer(pageResponse('/articles/harbour', { slug: 'harbour', body: [], related: [] }));
  await expect(prefetched).resolves.toEqual({ slug: 'harbour', body: [], related: [] });
  await expect(loaded).resolves.toEqual({ slug: 'harbour', body: [], related: [] });
  expect(urls()).toEqual([ARTICLE]);
});

test('each file is its own entry', async () => {
  const { fetch, urls } = network();
  install(fetch);
  await getArticle('harbour');
  await listLatest({ page: 2 });
  await getTagFilter();
  await getArticle('harbour');
  expect(urls()).toEqual([ARTICLE, `${base}page/2/`, `${base}data/tag-filter.json`]);
});

test('a missing file is an answer too: null again, without asking again', async () => {
  const { fetch, urls } = network(() => new Response(null, { status: 404 }));
  install(fetch);
  await expect(getArticle('gone')).resolves.toBeNull();
  await expect(getArticle('gone')).resolves.toBeNull();
  expect(urls()).toHaveLength(1);
});

test(`after ${DATA_FRESH_MS / 1000} s the file is fetched again: a republished article shows`, async () => {
  let title = 'first';
  const { fetch, urls } = network(() => pageResponse('/articles/harbour', { title, body: [], related: [] }));
  install(fetch);
  await getArticle('harbour');
  title = 'corrected';
  vi.advanceTimersByTime(DATA_FRESH_MS - 1);
  await expect(getArticle('harbour')).resolves.toEqual({ title: 'first', body: [], related: [] });
  vi.advanceTimersByTime(1);
  await expect(getArticle('harbour')).resolves.toEqual({ title: 'corrected', body: [], related: [] });
  expect(urls()).toHaveLength(2);
});

test('a loader whose navigation is aborted stops waiting; the shared request goes on for the others', async () => {
  let answer: (response: Response) => void = () => undefined;
  const { fetch, requests } = network(
    () =>
      new Promise<Response>((resolve) => {
        answer = resolve;
      }),
  );
  install(fetch);
  const prefetched = getArticle('harbour');
  const navigation = new AbortController();
  const loaded = getArticle('harbour', navigation.signal);
  navigation.abort();
  await expect(loaded).rejects.toHaveProperty('name', 'AbortError');

  // The request was made without any caller's signal, so nothing aborted it.
  expect(requests.map((request) => request.signal)).toEqual([undefined]);
  answer(pageResponse('/articles/harbour', { slug: 'harbour', body: [], related: [] }));
  await expect(prefetched).resolves.toEqual({ slug: 'harbour', body: [], related: [] });
  await expect(getArticle('harbour')).resolves.toEqual({ slug: 'harbour', body: [], related: [] });
  expect(requests).toHaveLength(1);
});

test('a signal aborted before the call rejects at once, as fetch would, and asks the network nothing', async () => {
  const { fetch, urls } = network();
  install(fetch);
  const controller = new AbortController();
  controller.abort();
  await expect(getArticle('harbour', controller.signal)).rejects.toHaveProperty('name', 'AbortError');
  expect(urls()).toEqual([]);
});

test('no answer is not kept: the retry in api.ts asks the network again, and so does the next call', async () => {
  const answers: (Response | Error)[] = [
    new TypeError('Failed to fetch'),
    pageResponse('/articles/harbour', { slug: 'harbour', body: [], related: [] }),
    new TypeError('Failed to fetch'),
    new TypeError('Failed to fetch'),
    Response.json({ slug: 'tags' }),
  ];
  const { fetch, urls } = network(() => answers.shift() ?? new Error('asked too often'));
  install(fetch);
  await expect(getArticle('harbour')).resolves.toEqual({ slug: 'harbour', body: [], related: [] });
  expect(urls()).toHaveLength(2);

  await expect(getTagFilter()).rejects.toThrow('Could not load');
  await expect(getTagFilter()).resolves.toEqual({ slug: 'tags' });
  expect(urls()).toHaveLength(5);
});

test('a server error is not kept either', async () => {
  const answers = [
    new Response('busy', { status: 503 }),
    pageResponse('/articles/harbour', { slug: 'harbour', body: [], related: [] }),
  ];
  const { fetch, urls } = network(() => answers.shift() ?? new Error('asked too often'));
  install(fetch);
  await expect(getArticle('harbour')).resolves.toEqual({ slug: 'harbour', body: [], related: [] });
  await expect(getArticle('harbour')).resolves.toEqual({ slug: 'harbour', body: [], related: [] });
  expect(urls()).toHaveLength(2);
});

test('a host refusing for the moment (429, 403) is not kept: the next ask goes to the network', async () => {
  const answers = [
    new Response('slow down', { status: 429 }),
    new Response('denied', { status: 403 }),
    pageResponse('/articles/harbour', { slug: 'harbour', body: [], related: [] }),
  ];
  const { fetch, urls } = network(() => answers.shift() ?? new Error('asked too often'));
  install(fetch);
  await expect(getArticle('harbour')).rejects.toThrow();
  await expect(getArticle('harbour')).rejects.toThrow();
  await expect(getArticle('harbour')).resolves.toEqual({ slug: 'harbour', body: [], related: [] });
  expect(urls()).toHaveLength(3);
});

test('a body cut off halfway is no answer: not kept, and retried as a dropped connection is', async () => {
  let cut = true;
  const { fetch, urls } = network(() => {
    if (!cut) return pageResponse('/articles/harbour', { slug: 'harbour', body: [], related: [] });
    cut = false;
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('<!doctype html><html><body><div id="root">'));
        controller.error(new TypeError('network error'));
      },
    });
    return new Response(body, { headers: { 'content-type': 'text/html' } });
  });
  install(fetch);
  await expect(getArticle('harbour')).resolves.toEqual({ slug: 'harbour', body: [], related: [] });
  expect(urls()).toHaveLength(2);
  await expect(getArticle('harbour')).resolves.toEqual({ slug: 'harbour', body: [], related: [] });
  expect(urls()).toHaveLength(2);
});

test('it holds at most maxEntries files, and lets the oldest go first', async () => {
  const { fetch, urls } = network();
  install(fetch, { maxEntries: 2 });
  await listLatest({ page: 1 });
  await listLatest({ page: 2 });
  await listLatest({ page: 3 });
  await listLatest({ page: 3 });
  await listLatest({ page: 2 });
  expect(urls()).toHaveLength(3);
  await listLatest({ page: 1 });
  expect(urls()).toHaveLength(4);
});

test('calls that are not a plain GET of a URL go straight to the network', async () => {
  const { fetch } = network();
  const cached = cachingFetch(fetch);
  await cached(ARTICLE, { method: 'POST' });
  await cached(ARTICLE, { method: 'POST' });
  await cached(new URL(ARTICLE, 'http://localhost'));
  expect(fetch).toHaveBeenCalledTimes(3);
});

test("a fresh call asks the server whatever the entry's age, and its answer is the entry from then on", async () => {
  let build = 1;
  const { fetch, requests } = network(() => Response.json({ build }));
  install(fetch);
  await expect(getTagFilter()).resolves.toEqual({ build: 1 });
  build = 2;
  await expect(getTagFilter()).resolves.toEqual({ build: 1 });
  await expect(getTagFilter({ fresh: true })).resolves.toEqual({ build: 2 });
  await expect(getTagFilter()).resolves.toEqual({ build: 2 });
  expect(requests.map(({ url, cache }) => [url, cache])).toEqual([
    [`${base}data/tag-filter.json`, undefined],
    [`${base}data/tag-filter.json`, 'no-cache'],
  ]);
});
