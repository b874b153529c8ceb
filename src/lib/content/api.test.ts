import { afterEach, expect, test } from 'vitest';

import { DataLoadError, getArticle, getLatestSummaries, getTagFilter, listLatest, setDataFetch } from './api.ts';
import { aSummary } from '../../test/view-models.ts';

const requested: string[] = [];

function serve(respond: (url: string) => Response) {
  setDataFetch((input) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    requested.push(url);
    return Promise.resolve(respond(url));
  });
}

afterEach(() => {
  requested.length = 0;
  setDataFetch((input, init) => fetch(input, init));
});

test('fetches the one data file of the address, under the base URL', async () => {
  serve(() => Response.json({ slug: 'harbour' }));
  await expect(getArticle('harbour')).resolves.toEqual({ slug: 'harbour' });
  expect(requested).toEqual([`${import.meta.env.BASE_URL}data/articles/harbour.json`]);
});

test('a missing file is "no such address", not an error', async () => {
  serve(() => new Response(null, { status: 404 }));
  await expect(listLatest({ page: 9 })).resolves.toBeNull();
});

test('a host that answers a missing file with its HTML fallback page counts as missing', async () => {
  serve(() => new Response('<!doctype html><title>Home</title>', { headers: { 'content-type': 'text/html' } }));
  await expect(getArticle('gone')).resolves.toBeNull();
});

test('a server error is an error the route shows, not an empty page', async () => {
  serve(() => new Response('down', { status: 503 }));
  await expect(getArticle('harbour')).rejects.toBeInstanceOf(DataLoadError);
});

test('the tag filter is one file', async () => {
  serve(() => Response.json({ tags: [], articles: [] }));
  await expect(getTagFilter()).resolves.toEqual({ tags: [], articles: [] });
  expect(requested).toEqual([`${import.meta.env.BASE_URL}data/tag-filter.json`]);
});

/** Latest pages of 20 of `total` articles, whose summaries are named by their index. */
function serveLatest(total: number) {
  serve((url) => {
    const page = Number(/latest\/(\d+)\.json$/.exec(url)?.[1]);
    const first = (page - 1) * 20;
    if (!(first < total)) return new Response(null, { status: 404 });
    const items = Array.from({ length: Math.min(20, total - first) }, (_, item) =>
      aSummary({ slug: `n${first + item}` }),
    );
    return Response.json({ page, pageCount: Math.ceil(total / 20), total, items });
  });
}

test('summaries by latest-list index come from the latest pages that hold them, each fetched once', async () => {
  serveLatest(100);
  const summaries = await getLatestSummaries([3, 19, 20, 64, 65]);
  expect(summaries?.map((summary) => summary.slug)).toEqual(['n3', 'n19', 'n20', 'n64', 'n65']);
  const base = import.meta.env.BASE_URL;
  expect(requested.sort()).toEqual([
    `${base}data/latest/1.json`,
    `${base}data/latest/2.json`,
    `${base}data/latest/4.json`,
  ]);
});

test('no indexes fetch nothing; an index past the last article is a mismatch, null', async () => {
  serveLatest(30);
  await expect(getLatestSummaries([])).resolves.toEqual([]);
  expect(requested).toEqual([]);
  await expect(getLatestSummaries([29, 30])).resolves.toBeNull();
  await expect(getLatestSummaries([45])).resolves.toBeNull();
});
