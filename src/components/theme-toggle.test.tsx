// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';

import { THEME_STORAGE_KEY } from '../lib/theme.ts';
import { ThemeToggle } from './theme-toggle.tsx';

function mockSystemScheme(dark: boolean) {
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: dark && query === '(prefers-color-scheme: dark)',
    media: query,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  }));
}

beforeEach(() => {
  localStorage.clear();
  delete document.documentElement.dataset.theme;
});

afterEach(() => {
  vi.unstubAllGlobals();
});

test('follows the system scheme until the reader chooses', () => {
  mockSystemScheme(true);
  render(<ThemeToggle />);
  expect(screen.getByRole('button', { name: 'Dark mode' })).toHaveAttribute('aria-pressed', 'true');
});

test('remembers the reader’s choice and applies it to the page', async () => {
  mockSystemScheme(false);
  render(<ThemeToggle />);
  const toggle = screen.getByRole('button', { name: 'Dark mode' });
  expect(toggle).toHaveAttribute('aria-pressed', 'false');

  await userEvent.click(toggle);
  expect(toggle).toHaveAttribute('aria-pressed', 'true');
  expect(document.documentElement.dataset.theme).toBe('dark');
  expect(localStorage.getItem(THEME_STORAGE_KEY)).toBe('dark');

  await userEvent.click(toggle);
  expect(document.documentElement.dataset.theme).toBe('light');
  expect(localStorage.getItem(THEME_STORAGE_KEY)).toBe('light');
});

test('a click switches from the scheme the page has now, not from the one the button last rendered', async () => {
  // As just after hydration: the button rendered the server's light scheme, the page is dark.
  mockSystemScheme(false);
  render(<ThemeToggle />);
  const toggle = screen.getByRole('button', { name: 'Dark mode' });
  expect(toggle).toHaveAttribute('aria-pressed', 'false');
  document.documentElement.dataset.theme = 'dark';

  await userEvent.click(toggle);
  expect(document.documentElement.dataset.theme).toBe('light');
});
