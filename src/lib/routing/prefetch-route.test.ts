import type { LoaderFunctionArgs, RouteObject } from 'react-router';
import { afterEach, expect, test, vi } from 'vitest';

import { getArticle, setDataFetch } from '../content/api.ts';
import { cachingFetch } from '../content/data-cache.ts';
import { notFound } from './not-found.ts';
import { prefetchRoute } from './prefetch-route.ts';
import { pageResponse } from '../../test/page-response.ts';

const ORIGIN = 'http://localhost';

function Page() {
  return null;
}

/** The app's shape: a layout, then the views, each with a loader and a lazily loaded component. */
function routes(view: Partial<RouteObject>): RouteObject[] {
  return [{ id: 'root', children: [{ id: 'pages', children: [{ id: 'view', ...view }] }] }];
}

const articleLoader = vi.fn(({ params }: { params: { slug?: string } }) => getArticle(params.slug ?? ''));

afterEach(() => {
  setDataFetch((input, init) => fetch(input, init));
});

test('loads the matched view’s chunk and runs its loader, with the address’s params', async () => {
  const loadView = vi.fn(() => Promise.resolve(Page));
  const loader = vi.fn((_args: LoaderFunctionArgs) => null);
  await prefetchRoute(
    routes({ path: '/articles/:slug', loader, lazy: { Component: loadView } }),
    new URL('/articles/harbour?ref=feed', ORIGIN),
    '/',
  );
  expect(loadView).toHaveBeenCalledTimes(1);
  expect(loader).toHaveBeenCalledTimes(1);
  const args = loader.mock.calls[0]?.[0];
  expect(args?.params).toEqual({ slug: 'harbour' });
  expect(args?.request.url).toBe(`${ORIGIN}/articles/harbour?ref=feed`);
});

test('a view react-router has loaded already (its lazy property cleared) is not loaded again', async () => {
  const loader = vi.fn(() => null);
  await expect(
    prefetchRoute(routes({ path: '/tags', loader, lazy: { Component: undefined } }), new URL('/tags', ORIGIN), '/'),
  ).resolves.toBeUndefined();
  expect(loader).toHaveBeenCalledTimes(1);
});

test('under a base path, the address is matched without it', async () => {
  const loader = vi.fn(() => null);
  await prefetchRoute(routes({ path: '/tags', loader }), new URL('/news/tags', ORIGIN), '/news/');
  expect(loader).toHaveBeenCalledTimes(1);
});

test('a view’s "not found" is an answer, not a failure', async () => {
  await expect(
    prefetchRoute(routes({ path: '*', loader: () => notFound() }), new URL('/nowhere/at/all', ORIGIN), '/'),
  ).resolves.toBeUndefined();
});

test('a failed load rejects, so that a later intent tries again', async () => {
  const failing = () => Promise.reject(new Error('offline'));
  await expect(
    prefetchRoute(routes({ path: '/tags', lazy: { Component: failing } }), new URL('/tags', ORIGIN), '/'),
  ).rejects.toThrow('offline');
  await expect(
    prefetchRoute(routes({ path: '/tags', loader: failing }), new URL('/tags', ORIGIN), '/'),
  ).rejects.toThrow('offline');
});

test('the click’s loader after a prefetch asks the network nothing: the data file is in the cache', async () => {
  const network = vi.fn<typeof fetch>(() =>
    Promise.resolve(pageResponse('/articles/harbour', { slug: 'harbour', body: [], related: [] })),
  );
  setDataFetch(cachingFetch(network));
  const app = routes({ path: '/articles/:slug', loader: articleLoader });
  await prefetchRoute(app, new URL('/articles/harbour', ORIGIN), '/');
  expect(network).toHaveBeenCalledTimes(1);

  // What the router does at the click.
  await expect(articleLoader({ params: { slug: 'harbour' } })).resolves.toEqual({
    slug: 'harbour',
    body: [],
    related: [],
  });
  expect(network).toHaveBeenCalledTimes(1);
});
