// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRoutesStub, useLocation } from 'react-router';
import { expect, test } from 'vitest';

import { PagePart } from './page-part.tsx';

function Where() {
  const location = useLocation();
  return <p>At {location.pathname}</p>;
}

const MARKUP =
  '<p>Read <a href="/tags/harbour">the harbour</a> or <a href="https://elsewhere.example/" rel="noopener noreferrer">elsewhere</a>.</p>';

function renderPart(content: string[] | { markup: string }) {
  const Stub = createRoutesStub([
    {
      path: '/',
      Component: () => (
        <PagePart part="body" className="article-body" content={content}>
          {(items) => items.map((item) => <p key={item}>{item}</p>)}
        </PagePart>
      ),
    },
    { path: '/tags/:slug', Component: Where },
  ]);
  return render(<Stub />);
}

test('a part from its data is rendered, and marked for the browser to find', () => {
  const { container } = renderPart(['One.', 'Two.']);
  expect(container.innerHTML).toBe('<div data-part="body" class="article-body"><p>One.</p><p>Two.</p></div>');
});

test('a part from the markup is that markup, under the same element', () => {
  const { container } = renderPart({ markup: MARKUP });
  expect(container.innerHTML).toBe(`<div data-part="body" class="article-body">${MARKUP}</div>`);
});

test("a click on the markup's link inside the site is the router's; a link elsewhere is the browser's", async () => {
  renderPart({ markup: MARKUP });
  // Heard after the app's own listener: whether the app took the click from the browser.
  const takenByApp: boolean[] = [];
  const hear = (event: MouseEvent) => {
    takenByApp.push(event.defaultPrevented);
    event.preventDefault(); // jsdom does not follow links; nothing more to see.
  };
  document.addEventListener('click', hear);
  try {
    await userEvent.click(screen.getByRole('link', { name: 'elsewhere' }));
    await userEvent.click(screen.getByRole('link', { name: 'the harbour' }));
  } finally {
    document.removeEventListener('click', hear);
  }
  expect(takenByApp).toEqual([false, true]);
  expect(screen.getByText('At /tags/harbour/')).toBeInTheDocument();
});

test("a video's card in the markup starts its player in its place, focused, as EmbedCard does", async () => {
  const card =
    '<figure><div><p>YouTube</p><a href="https://www.youtube.com/watch?v=x">The ferry</a>' +
    '<button type="button" data-player="https://www.youtube-nocookie.com/embed/x?autoplay=1" data-player-title="The ferry">Play here (loads YouTube)</button>' +
    '</div></figure>';
  renderPart({ markup: card });
  await userEvent.click(screen.getByRole('button', { name: 'Play here (loads YouTube)' }));
  const player = screen.getByTitle('The ferry');
  expect(player.tagName).toBe('IFRAME');
  expect(player).toHaveAttribute('src', 'https://www.youtube-nocookie.com/embed/x?autoplay=1');
  expect(player).toHaveAttribute('allow', 'autoplay; encrypted-media; picture-in-picture; fullscreen');
  expect(player).toHaveFocus();
  expect(screen.queryByRole('link', { name: 'The ferry' })).toBeNull();
});

test('a part that arrives as data where the build renders only markup is an error, not an empty part', () => {
  const Stub = createRoutesStub([
    {
      path: '/',
      Component: () => (
        <PagePart part="body" content={['One.']}>
          {null}
        </PagePart>
      ),
      ErrorBoundary: () => <p>Failed</p>,
    },
  ]);
  render(<Stub />);
  expect(screen.getByText('Failed')).toBeInTheDocument();
});
