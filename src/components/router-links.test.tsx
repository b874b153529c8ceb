// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import {
  createBrowserRouter,
  createMemoryRouter,
  createStaticHandler,
  createStaticRouter,
  // eslint-disable-next-line no-restricted-syntax -- compared with the router's own Link
  Link as RouterLink,
  Outlet,
  RouterProvider,
  StaticRouterProvider,
  useLocation,
} from 'react-router';
import { afterEach, expect, test, vi } from 'vitest';

import { folderAddress } from '../lib/paths.ts';
import { BrowserLink, isCurrentSection, Link, NavLink, siteHref, StaticLink } from './router-links.tsx';

afterEach(() => {
  vi.unstubAllEnvs();
});

test("siteHref: an address under the base path, as the router writes it, a page's in its folder form", () => {
  expect(siteHref('/', '/')).toBe('/');
  expect(siteHref('/tags', '/')).toBe('/tags/');
  expect(siteHref('/?tags=rail', '/')).toBe('/?tags=rail');
  expect(siteHref('/', '/news/')).toBe('/news/');
  expect(siteHref('/?tags=rail,ports', '/news/')).toBe('/news/?tags=rail,ports');
  expect(siteHref('/articles/harbour', '/news/')).toBe('/news/articles/harbour/');
  expect(siteHref('/page/2#top', '/news/')).toBe('/news/page/2/#top');
  expect(siteHref('/tags/rail/feed.xml', '/news/')).toBe('/news/tags/rail/feed.xml');
});

const ADDRESSES = ['/', '/tags', '/?tags=rail,ports', '/articles/harbour', '/page/2', '/search?q=port#results'];

/** Each address as a link, rendered by `LinkKind` on a server under `basename`, as the prerender does. */
async function serverHtml(LinkKind: typeof Link, basename: string): Promise<string> {
  const routes = [
    {
      path: '/',
      Component: () => (
        <nav>
          {ADDRESSES.map((to) => (
            <LinkKind
              key={to}
              to={to}
              className="quiet-link"
              rel="next"
              aria-label={`to ${to}`}
              target={to === '/page/2' ? '_blank' : undefined}
            >
              {to}
            </LinkKind>
          ))}
        </nav>
      ),
    },
  ];
  const handler = createStaticHandler(routes, { basename });
  const context = await handler.query(new Request(`http://site.invalid${basename}`));
  if (context instanceof Response) throw new Error('redirected');
  return renderToString(
    <StaticRouterProvider router={createStaticRouter(handler.dataRoutes, context)} context={context} hydrate={false} />,
  );
}

test("writes the router's Link's markup, a page's href in its folder form, at the root and under a base path, in the browser and the prerender", async () => {
  const RouterLinkWithoutDiscover: typeof Link = (props) => <RouterLink discover="none" {...props} />;
  for (const basename of ['/', '/news/']) {
    // The app's routers take the site's base path as their basename (main.tsx, render-page.tsx).
    vi.stubEnv('BASE_URL', basename);
    const routers = (await serverHtml(RouterLinkWithoutDiscover, basename)).replace(
      /href="([^"]*)"/g,
      (_, href: string) => `href="${folderAddress(href)}"`,
    );
    expect(routers).toContain('href="/news/articles/harbour/"'.replace('/news/', basename));
    expect(await serverHtml(BrowserLink, basename)).toBe(routers);
    expect(await serverHtml(StaticLink, basename)).toBe(routers);
  }
});

function Where() {
  const location = useLocation();
  return <p>At {`${location.pathname}${location.search}`}</p>;
}

/** The app as main.tsx starts it: a browser router, at `initial`. */
function renderApp(initial = '/') {
  window.history.replaceState(null, '', initial);
  const router = createBrowserRouter([
    {
      path: '/',
      Component: () => (
        <>
          <Link to="/tags">Tags</Link>
          <Link to="/">Home</Link>
          <Link to="/tags" target="_blank">
            Tags in a new tab
          </Link>
          <Link
            to="/tags"
            onClick={(event) => {
              event.preventDefault();
            }}
          >
            Handled elsewhere
          </Link>
          <Where />
          <Outlet />
        </>
      ),
      children: [
        { index: true, Component: () => <h1>Home</h1> },
        { path: 'tags', Component: () => <h1>Tags</h1> },
      ],
    },
  ]);
  render(<RouterProvider router={router} />);
  return router;
}

test('a click navigates in the app, adding a history entry', async () => {
  const router = renderApp();
  await userEvent.click(screen.getByRole('link', { name: 'Tags' }));
  expect(await screen.findByRole('heading', { name: 'Tags' })).toBeInTheDocument();
  expect(router.state.historyAction).toBe('PUSH');
});

test('a click on a link to the page the reader is on replaces its history entry', async () => {
  const router = renderApp('/tags');
  await userEvent.click(screen.getByRole('link', { name: 'Tags' }));
  expect(router.state.historyAction).toBe('REPLACE');
  expect(screen.getByText('At /tags/')).toBeInTheDocument();
});

test('a click on a link to the page the reader is on, at its folder address, replaces it too', async () => {
  const router = renderApp('/tags/');
  await userEvent.click(screen.getByRole('link', { name: 'Tags' }));
  expect(router.state.historyAction).toBe('REPLACE');
  expect(screen.getByText('At /tags/')).toBeInTheDocument();
});

test('a modified click, another button, another target or a handler that prevents it is left to the browser', () => {
  renderApp();
  const tags = screen.getByRole('link', { name: 'Tags' });
  for (const init of [{ ctrlKey: true }, { metaKey: true }, { shiftKey: true }, { altKey: true }, { button: 1 }]) {
    expect(fireEvent.click(tags, init), `not prevented: ${JSON.stringify(init)}`).toBe(true);
  }
  expect(fireEvent.click(screen.getByRole('link', { name: 'Tags in a new tab' }))).toBe(true);
  fireEvent.click(screen.getByRole('link', { name: 'Handled elsewhere' }));
  expect(screen.getByText('At /')).toBeInTheDocument();
});

test('isCurrentSection: a section is current at its address and under it, the home only at itself', () => {
  expect(isCurrentSection('/tags', '/tags', false)).toBe(true);
  expect(isCurrentSection('/tags/rail', '/tags', false)).toBe(true);
  expect(isCurrentSection('/Tags/Rail', '/tags', false)).toBe(true);
  expect(isCurrentSection('/tags/rail', '/tags', true)).toBe(false);
  expect(isCurrentSection('/tags/', '/tags', true)).toBe(true);
  expect(isCurrentSection('/tagsets', '/tags', false)).toBe(false);
  expect(isCurrentSection('/search', '/search?q=port', false)).toBe(true);
  expect(isCurrentSection('/', '/', true)).toBe(true);
  expect(isCurrentSection('/tags', '/', false)).toBe(false);
});

test("NavLink marks the current section's link, and only it", async () => {
  const router = createMemoryRouter(
    [
      {
        path: '*',
        Component: () => (
          <nav aria-label="Sections">
            <NavLink to="/" end>
              Latest
            </NavLink>
            <NavLink to="/tags">Tags</NavLink>
          </nav>
        ),
      },
    ],
    { initialEntries: ['/tags/rail'] },
  );
  render(<RouterProvider router={router} />);
  expect(screen.getByRole('link', { name: 'Tags' })).toHaveAttribute('aria-current', 'page');
  expect(screen.getByRole('link', { name: 'Latest' })).not.toHaveAttribute('aria-current');
  await userEvent.click(screen.getByRole('link', { name: 'Latest' }));
  expect(screen.getByRole('link', { name: 'Latest' })).toHaveAttribute('aria-current', 'page');
  expect(screen.getByRole('link', { name: 'Tags' })).not.toHaveAttribute('aria-current');
});
