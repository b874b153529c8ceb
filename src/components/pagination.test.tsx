// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { createRoutesStub } from 'react-router';
import { expect, test } from 'vitest';

import { paths } from '../lib/paths.ts';
import { Pagination } from './pagination.tsx';

function renderPagination(page: number, pageCount: number) {
  const Stub = createRoutesStub([
    { path: '/', Component: () => <Pagination page={page} pageCount={pageCount} hrefFor={paths.home.href} /> },
  ]);
  return render(<Stub />);
}

test('links a middle page to the newer and older pages', () => {
  renderPagination(2, 3);
  const nav = screen.getByRole('navigation', { name: 'Pages' });
  expect(nav).toHaveTextContent('Page 2 of 3');
  expect(screen.getByRole('link', { name: /Newer/ })).toHaveAttribute('href', '/');
  expect(screen.getByRole('link', { name: /Older/ })).toHaveAttribute('href', '/page/3/');
});

test('has no newer link on the first page and no older link on the last', () => {
  renderPagination(1, 2);
  expect(screen.queryByRole('link', { name: /Newer/ })).not.toBeInTheDocument();
  expect(screen.getByRole('link', { name: /Older/ })).toHaveAttribute('href', '/page/2/');
});

test('renders nothing for a single page', () => {
  renderPagination(1, 1);
  expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
});
