import { afterEach, expect, test } from 'vitest';

import { DataLoadError, getArticle, listLatest, setDataFetch } from './api.ts';

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
