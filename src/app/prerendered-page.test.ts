// @vitest-environment jsdom
import { expect, test } from 'vitest';

import { prerenderedFor } from './prerendered-page.ts';

function rootFor(pathname?: string): HTMLElement {
  const root = document.createElement('div');
  if (pathname !== undefined) root.dataset.prerendered = pathname;
  return root;
}

test('a page with no prerender mark (the dev server) is rendered afresh', () => {
  expect(prerenderedFor(rootFor(), { pathname: '/', search: '' })).toBe('none');
});

test('the address it was rendered for, with or without a trailing slash, is this view', () => {
  expect(prerenderedFor(rootFor('/tags/rail'), { pathname: '/tags/rail', search: '' })).toBe('this-view');
  expect(prerenderedFor(rootFor('/tags/rail'), { pathname: '/tags/rail/', search: '' })).toBe('this-view');
  expect(prerenderedFor(rootFor('/'), { pathname: '/', search: '' })).toBe('this-view');
});

test('the address spelt with percent-escapes is the same view, as the router and the host read it', () => {
  expect(prerenderedFor(rootFor('/articles/dispatch-01'), { pathname: '/articles/dispatch%2D01', search: '' })).toBe(
    'this-view',
  );
  expect(prerenderedFor(rootFor('/tags/kyiv'), { pathname: '/tags/%6Byiv/', search: '' })).toBe('this-view');
  // One that does not decode is not this page's, and does not throw.
  expect(prerenderedFor(rootFor('/tags/kyiv'), { pathname: '/tags/%E0%A4%A', search: '' })).toBe('other-address');
});

test('query parameters that do not change the view (campaign tags, empty filters) still hydrate', () => {
  expect(prerenderedFor(rootFor('/'), { pathname: '/', search: '?utm_source=feed' })).toBe('this-view');
  expect(prerenderedFor(rootFor('/'), { pathname: '/', search: '?tags=' })).toBe('this-view');
  expect(prerenderedFor(rootFor('/search'), { pathname: '/search', search: '?q=' })).toBe('this-view');
});

test('a tag filter or a search query is a view the prerender did not render', () => {
  expect(prerenderedFor(rootFor('/'), { pathname: '/', search: '?tags=rail' })).toBe('this-address-other-query');
  expect(prerenderedFor(rootFor('/search'), { pathname: '/search', search: '?q=kursk' })).toBe(
    'this-address-other-query',
  );
});

test('a page rendered for another address (a host serving 404.html) is not this page', () => {
  expect(prerenderedFor(rootFor('/404'), { pathname: '/articles/missing', search: '' })).toBe('other-address');
});
