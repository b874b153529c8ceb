// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode } from 'react';
import { Outlet, RouterProvider, createMemoryRouter } from 'react-router';
import { Link } from '../components/router-links.tsx';
import { expect, test } from 'vitest';

import { useFocusOnNavigation } from './use-focus-on-navigation.ts';

function Layout() {
  useFocusOnNavigation();
  return (
    <main>
      <Link to="/second">Second</Link>
      <Outlet />
    </main>
  );
}

/** A list that links the same page from two of its stories, as a tag's link recurs, and links itself. */
function List() {
  return (
    <>
      <h1 tabIndex={-1}>First</h1>
      <Link to="/">This page</Link>
      <Link to="/second">Second, again</Link>
    </>
  );
}

function renderApp(at = '/') {
  const router = createMemoryRouter(
    [
      {
        path: '/',
        Component: Layout,
        children: [
          { index: true, Component: List },
          { path: 'second', Component: () => <h1 tabIndex={-1}>Second page</h1> },
        ],
      },
    ],
    { initialEntries: [at] },
  );
  // StrictMode, as in development, where every effect runs twice on mount.
  render(
    <StrictMode>
      <RouterProvider router={router} />
    </StrictMode>,
  );
  return router;
}

test('the first render moves no focus, even in StrictMode; a navigation moves it to the new h1', async () => {
  renderApp();
  expect(screen.getByRole('heading', { name: 'First' })).not.toHaveFocus();
  expect(document.body).toHaveFocus();

  await userEvent.click(screen.getByRole('link', { name: 'Second' }));
  expect(await screen.findByRole('heading', { name: 'Second page' })).toHaveFocus();
});

test('Back returns focus to the link the page was left by; a page left otherwise starts at its h1', async () => {
  const router = renderApp();
  await userEvent.click(screen.getByRole('link', { name: 'Second' }));
  expect(await screen.findByRole('heading', { name: 'Second page' })).toHaveFocus();

  await act(() => router.navigate(-1));
  expect(await screen.findByRole('heading', { name: 'First' })).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'Second' })).toHaveFocus();

  // Forward to a page left by no link (Back), then Back again: no link to return to there, and here the same one.
  await act(() => router.navigate(1));
  expect(await screen.findByRole('heading', { name: 'Second page' })).toHaveFocus();
  await act(() => router.navigate(-1));
  expect(screen.getByRole('link', { name: 'Second' })).toHaveFocus();
});

test('Back returns focus to the very link followed, where the page links the same address twice', async () => {
  const router = renderApp();
  await userEvent.click(screen.getByRole('link', { name: 'Second, again' }));
  expect(await screen.findByRole('heading', { name: 'Second page' })).toHaveFocus();
  await act(() => router.navigate(-1));
  expect(screen.getByRole('link', { name: 'Second, again' })).toHaveFocus();
});

test('a link to the page the reader is on is not taken for the link the page is later left by', async () => {
  const router = renderApp();
  await userEvent.click(screen.getByRole('link', { name: 'This page' }));
  await act(() => router.navigate('/second'));
  expect(await screen.findByRole('heading', { name: 'Second page' })).toHaveFocus();
  await act(() => router.navigate(-1));
  expect(screen.getByRole('heading', { name: 'First' })).toHaveFocus();
});

test('a link to the page itself, opened without its folder slash, moves no focus', async () => {
  renderApp('/second');
  const link = screen.getByRole('link', { name: 'Second' });
  await userEvent.click(link);
  expect(link).toHaveFocus();
});
