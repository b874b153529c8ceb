// @vitest-environment jsdom
import { isRouteErrorResponse, type RouteObject } from 'react-router';
import { afterEach, expect, test } from 'vitest';

import { loadHydrationData } from './hydrate.ts';
import { PAGES_ROUTE_ID } from './routes.tsx';

function Page() {
  return null;
}

function routes(loader: () => unknown): RouteObject[] {
  return [
    {
      id: 'root',
      children: [
        {
          id: PAGES_ROUTE_ID,
          children: [
            { id: 'article', path: '/articles/:slug', loader, lazy: { Component: () => Promise.resolve(Page) } },
          ],
        },
      ],
    },
  ];
}

afterEach(() => {
  window.history.replaceState(null, '', '/');
});

test('runs the matched loader and loads the lazy view before hydration', async () => {
  window.history.replaceState(null, '', '/articles/harbour');
  const tree = routes(() => ({ title: 'Harbour' }));
  const state = await loadHydrationData(tree, '/');
  expect(state).toEqual({ loaderData: { article: { title: 'Harbour' } }, errors: null });
  const article = tree[0]?.children?.[0]?.children?.[0];
  expect(article?.Component).toBe(Page);
  expect(article?.lazy).toBeUndefined();
});

test('a loader’s 404 becomes the pages boundary’s route error, as the prerender rendered it', async () => {
  window.history.replaceState(null, '', '/articles/missing');
  const state = await loadHydrationData(
    routes(() => {
      throw new Response(null, { status: 404, statusText: 'Not Found' });
    }),
    '/',
  );
  const isNotFound = (value: unknown) => isRouteErrorResponse(value) && value.status === 404;
  expect(isNotFound(state.errors?.[PAGES_ROUTE_ID])).toBe(true);
  expect(state.loaderData).toEqual({});
});

/** Settles with 'pending' unless `promise` settles within a few ticks. */
async function settledSoon(promise: Promise<unknown>): Promise<'settled' | 'pending'> {
  const pending = new Promise<'pending'>((resolve) => {
    setTimeout(() => {
      resolve('pending');
    }, 20);
  });
  return Promise.race([
    promise.then(
      () => 'settled' as const,
      () => 'settled' as const,
    ),
    pending,
  ]);
}

function notice() {
  return document.querySelector('[role="alert"]');
}

afterEach(() => {
  notice()?.remove();
});

test('a view whose code cannot be loaded leaves the prerendered page alone, offers a reload, and never hydrates', async () => {
  window.history.replaceState(null, '', '/articles/harbour?ref=feed#quotes');
  const tree: RouteObject[] = [
    {
      id: PAGES_ROUTE_ID,
      children: [
        {
          id: 'article',
          path: '/articles/:slug',
          loader: () => ({}),
          lazy: { Component: () => Promise.reject(new TypeError('Failed to fetch dynamically imported module')) },
        },
      ],
    },
  ];
  expect(await settledSoon(loadHydrationData(tree, '/'))).toBe('pending');
  expect(notice()).toHaveTextContent('part of this page could not be loaded');
  // The whole address, query and fragment included: nothing is lost by reloading.
  expect(notice()?.querySelector('a')).toHaveAttribute('href', window.location.href);
  expect(window.location.href).toMatch(/\/articles\/harbour\?ref=feed#quotes$/);
});

test('data that cannot be loaded does the same', async () => {
  window.history.replaceState(null, '', '/articles/harbour');
  const state = loadHydrationData(
    routes(() => {
      throw new TypeError('Failed to fetch');
    }),
    '/',
  );
  expect(await settledSoon(state)).toBe('pending');
  expect(notice()?.textContent).toContain('Reload this page');
});
