// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Outlet, createRoutesStub } from 'react-router';
import { Link } from './router-links.tsx';
import { expect, test } from 'vitest';

import { NavigationProgress } from './navigation-progress.tsx';

function Layout() {
  return (
    <>
      <NavigationProgress />
      <Link to="/slow">Slow page</Link>
      <Outlet />
    </>
  );
}

function renderWithSlowRoute(slowLoader: () => Promise<null>) {
  const Stub = createRoutesStub([
    {
      path: '/',
      Component: Layout,
      HydrateFallback: () => null,
      children: [
        { index: true, Component: () => <h1>Home</h1> },
        { path: 'slow', loader: slowLoader, Component: () => <h1>Slow</h1> },
      ],
    },
  ]);
  render(<Stub initialEntries={['/']} />);
}

test('renders nothing while no navigation is loading', async () => {
  renderWithSlowRoute(() => Promise.resolve(null));
  await screen.findByRole('heading', { name: 'Home' });
  expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
});

test('shows a labelled progress bar once a navigation is slow, and hides it when the page has loaded', async () => {
  let finish: () => void = () => undefined;
  const loaded = new Promise<null>((resolve) => {
    finish = () => {
      resolve(null);
    };
  });
  renderWithSlowRoute(() => loaded);
  await userEvent.click(await screen.findByRole('link', { name: 'Slow page' }));

  // Not at once: a quick navigation never flashes the bar.
  expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
  expect(await screen.findByRole('progressbar', { name: 'Loading page' })).toBeInTheDocument();

  finish();
  await screen.findByRole('heading', { name: 'Slow' });
  expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
});
