// @vitest-environment jsdom
import { expect, test } from 'vitest';

import { prefetchableHref } from './prefetchable-href.ts';

const HERE = { origin: 'http://localhost:3000', pathname: '/tags', search: '' };

/** A link as the page would hold it, resolved against `HERE`. */
function link(href: string, attributes: Record<string, string> = {}): HTMLAnchorElement {
  const anchor = document.createElement('a');
  anchor.href = new URL(href, HERE.origin).href;
  for (const [name, value] of Object.entries(attributes)) anchor.setAttribute(name, value);
  return anchor;
}

test('another view of the site is keyed by its path and query, without its fragment', () => {
  expect(prefetchableHref(link('/articles/harbour'), HERE, '/')).toBe('/articles/harbour');
  expect(prefetchableHref(link('/?tags=rail#main'), HERE, '/')).toBe('/?tags=rail');
  expect(prefetchableHref(link('/tags', { target: '_self' }), { ...HERE, pathname: '/' }, '/')).toBe('/tags');
});

test('the address already shown is not prefetched, whatever its fragment', () => {
  expect(prefetchableHref(link('/tags'), HERE, '/')).toBeNull();
  expect(prefetchableHref(link('/tags#main'), HERE, '/')).toBeNull();
  // Shown without its folder's slash, as some hosts serve it, and linked with it.
  expect(prefetchableHref(link('/tags/'), HERE, '/')).toBeNull();
  expect(prefetchableHref(link('/tags'), { ...HERE, pathname: '/tags/' }, '/')).toBeNull();
  // The same path with another query is another view.
  expect(prefetchableHref(link('/tags?page=2'), HERE, '/')).toBe('/tags?page=2');
});

test('another site, another tab, a download or a mail link is not prefetched', () => {
  expect(prefetchableHref(link('https://kyivindependent.com/'), HERE, '/')).toBeNull();
  expect(prefetchableHref(link('http://localhost:4000/articles/harbour'), HERE, '/')).toBeNull();
  expect(prefetchableHref(link('/articles/harbour', { target: '_blank' }), HERE, '/')).toBeNull();
  expect(prefetchableHref(link('/articles/harbour', { download: '' }), HERE, '/')).toBeNull();
  expect(prefetchableHref(link('mailto:desk@example.org'), HERE, '/')).toBeNull();
});

test("the site's own files (a feed, robots.txt) are the browser's to open, not views", () => {
  expect(prefetchableHref(link('/feed.xml'), HERE, '/')).toBeNull();
  expect(prefetchableHref(link('/tags/kyiv/feed.xml?x=1'), HERE, '/')).toBeNull();
  expect(prefetchableHref(link('/news/robots.txt'), { ...HERE, pathname: '/news/tags' }, '/news/')).toBeNull();
});

test('under a base path, only addresses under it are the app’s', () => {
  const here = { ...HERE, pathname: '/news/tags' };
  expect(prefetchableHref(link('/news/articles/harbour'), here, '/news/')).toBe('/news/articles/harbour');
  expect(prefetchableHref(link('/news'), here, '/news/')).toBe('/news');
  expect(prefetchableHref(link('/newsletter'), here, '/news/')).toBeNull();
  expect(prefetchableHref(link('/articles/harbour'), here, '/news/')).toBeNull();
});
