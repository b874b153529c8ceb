// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider, useLocation } from 'react-router';
import { expect, test } from 'vitest';

import { ContentLink } from './content-link.tsx';

function Here() {
  return <p>at {useLocation().pathname}</p>;
}

/** The links a story's text may hold, on a page of the app, clicked. */
function renderAt(href: string) {
  const router = createMemoryRouter(
    [
      {
        path: '*',
        element: (
          <>
            <ContentLink href={href}>the link</ContentLink>
            <Here />
          </>
        ),
      },
    ],
    { initialEntries: ['/articles/harbour'] },
  );
  render(<RouterProvider router={router} />);
  return screen.getByRole('link', { name: 'the link' });
}

test("a link to a view is the router's: the click moves the app", () => {
  fireEvent.click(renderAt('/tags/kyiv'));
  expect(screen.getByText('at /tags/kyiv/')).toBeInTheDocument();
});

test("a link to one of the site's files (a feed) is the browser's: the app does not take it for a view", () => {
  const link = renderAt('/tags/kyiv/feed.xml');
  expect(link).toHaveAttribute('href', '/tags/kyiv/feed.xml');
  fireEvent.click(link);
  expect(screen.getByText('at /articles/harbour')).toBeInTheDocument();
});

test('a link elsewhere leaves the site', () => {
  expect(renderAt('https://kyivindependent.com/')).toHaveAttribute('href', 'https://kyivindependent.com/');
});
