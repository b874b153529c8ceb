// @vitest-environment jsdom
import { act, render, screen, within } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import userEvent from '@testing-library/user-event';
import { afterEach, expect, test, vi } from 'vitest';

import { prerendered } from '../../test/prerendered.ts';
import { ShareButton } from './share-button.tsx';

/** Gives the test's navigator a property that jsdom does not have, removed again after the test. */
function stubNavigator(name: 'share' | 'clipboard', value: unknown) {
  Object.defineProperty(navigator, name, { value, configurable: true, writable: true });
}

/** Where the shared jsdom was before a test moved it: the next test file expects it there. */
const startingAddress = window.location.href;

afterEach(() => {
  Reflect.deleteProperty(navigator, 'share');
  Reflect.deleteProperty(navigator, 'clipboard');
  window.history.replaceState(null, '', startingAddress);
});

test('uses the system share sheet when there is one', async () => {
  const share = vi.fn(() => Promise.resolve());
  const writeText = vi.fn(() => Promise.resolve());
  stubNavigator('share', share);
  stubNavigator('clipboard', { writeText });
  render(<ShareButton title="The engine runs at last" />);

  await userEvent.click(screen.getByRole('button', { name: 'Share' }));

  expect(share).toHaveBeenCalledWith({
    title: 'The engine runs at last',
    url: window.location.origin + window.location.pathname,
  });
  expect(writeText).not.toHaveBeenCalled();
  // The share sheet is its own confirmation: the status stays silent.
  expect(screen.getByRole('status')).toBeEmptyDOMElement();
});

test('otherwise copies the address as its canonical link names it, without the query or fragment it was opened with, and says so politely', async () => {
  window.history.replaceState(null, '', '/articles/engine?utm_source=newsletter#comments');
  const writeText = vi.fn(() => Promise.resolve());
  stubNavigator('clipboard', { writeText });
  render(<ShareButton title="The engine runs at last" />);
  const status = screen.getByRole('status');
  expect(status).toBeEmptyDOMElement();

  await userEvent.click(screen.getByRole('button', { name: 'Share' }));

  expect(writeText).toHaveBeenCalledWith(`${window.location.origin}/articles/engine/`);
  expect(await screen.findByText('Link copied')).toBe(status);
});

test('says when the address could not be copied', async () => {
  stubNavigator('clipboard', { writeText: () => Promise.reject(new Error('denied')) });
  render(<ShareButton title="The engine runs at last" />);

  await userEvent.click(screen.getByRole('button', { name: 'Share' }));

  expect(await screen.findByRole('status')).toHaveTextContent('Could not copy the link');
});

test('prerendered, the button is disabled until the app has hydrated it, then it works', async () => {
  const writeText = vi.fn(() => Promise.resolve());
  stubNavigator('clipboard', { writeText });
  const container = prerendered(<ShareButton title="The engine runs at last" />);
  expect(within(container).getByRole('button', { name: 'Share' })).toBeDisabled();

  await act(async () => {
    hydrateRoot(container, <ShareButton title="The engine runs at last" />);
    await Promise.resolve();
  });

  const button = within(container).getByRole('button', { name: 'Share' });
  expect(button).toBeEnabled();
  await userEvent.click(button);
  expect(writeText).toHaveBeenCalledWith(window.location.origin + window.location.pathname);
  container.remove();
});
