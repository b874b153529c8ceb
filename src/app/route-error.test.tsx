// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { expect, test } from 'vitest';

import { DataLoadError } from '../lib/content/api.ts';
import { ChunkLoadError } from '../lib/retry-import.ts';
import { RouteError } from './route-error.tsx';

/** An article route whose loader fails with `error`, opened at `entry`. */
function renderFailing(error: unknown, entry = '/articles/harbour?ref=feed#quotes') {
  const router = createMemoryRouter(
    [
      {
        path: '/articles/:slug',
        ErrorBoundary: RouteError,
        HydrateFallback: () => null,
        loader: () => {
          throw error;
        },
        Component: () => null,
      },
    ],
    { initialEntries: [entry] },
  );
  render(<RouterProvider router={router} />);
  return screen.findByRole('heading', { level: 1 });
}

test('a view whose code could not be loaded offers a reload of the very same address', async () => {
  expect(await renderFailing(new ChunkLoadError())).toHaveTextContent('Something went wrong');
  expect(screen.getByText(/site has been updated since you opened it/)).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'Reload this page' })).toHaveAttribute(
    'href',
    '/articles/harbour?ref=feed#quotes',
  );
  expect(screen.getByRole('link', { name: 'Go to the latest articles' })).toHaveAttribute('href', '/');
});

test('data that could not be loaded asks the reader to check the connection', async () => {
  await renderFailing(new DataLoadError('/articles/harbour/', 0));
  expect(screen.getByText(/Check your connection and try again/)).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'Reload this page' })).toBeInTheDocument();
});

test('any other error still gets a readable message and a reload', async () => {
  await renderFailing(new Error('bug'));
  expect(screen.getByText(/fault on our side/)).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'Reload this page' })).toBeInTheDocument();
});

test('a 404 is the "Not found" view', async () => {
  expect(await renderFailing(new Response(null, { status: 404 }))).toHaveTextContent('Not found');
});
