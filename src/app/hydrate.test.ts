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
          children: [{ id: 'article', path: '/articles/:slug', loader, lazy: { Component: () => Promise.resolve(Page) } }],
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
