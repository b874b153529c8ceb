// @vitest-environment jsdom
import { expect, test } from 'vitest';

import { dropFirstPageHeadOnNavigation, FIRST_PAGE_HEAD, type NavigatingRouter } from './first-page-head.ts';

function fakeRouter(pathname: string) {
  const listeners = new Set<(state: { location: { pathname: string } }) => void>();
  const router: NavigatingRouter = {
    state: { location: { pathname } },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  const go = (to: string) => {
    router.state = { location: { pathname: to } };
    for (const listener of [...listeners]) listener(router.state);
  };
  return { router, go, listening: () => listeners.size };
}

test("the first page's canonical, Open Graph, X card and JSON-LD go at the first navigation to another page", () => {
  const element = (tag: string, attributes: Record<string, string>) => {
    const made = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) made.setAttribute(name, value);
    return made;
  };
  document.head.replaceChildren(
    element('title', {}),
    element('meta', { name: 'description', content: 'News.' }),
    element('link', { rel: 'canonical', href: 'https://ledger.example.org/' }),
    element('meta', { property: 'og:url', content: 'https://ledger.example.org/' }),
    element('meta', { property: 'og:title', content: 'Home' }),
    element('meta', { name: 'twitter:card', content: 'summary' }),
    element('meta', { property: 'article:published_time', content: '2025-08-22' }),
    element('meta', { name: 'robots', content: 'noindex' }),
    element('script', { type: 'application/ld+json' }),
    element('link', { rel: 'stylesheet', href: '/assets/app.css' }),
  );
  const { router, go, listening } = fakeRouter('/');
  dropFirstPageHeadOnNavigation(router);
  // A query on the same page (a search, a tag filter) is the same page.
  go('/');
  expect(document.head.querySelectorAll(FIRST_PAGE_HEAD)).toHaveLength(7);

  go('/articles/kursk');
  expect([...document.head.children].map((element) => element.outerHTML)).toEqual([
    '<title></title>',
    '<meta name="description" content="News.">',
    '<link rel="stylesheet" href="/assets/app.css">',
  ]);
  expect(listening()).toBe(0);
});

test('the first page under its folder address (a link to itself, as links write it) is not another page', () => {
  document.head.replaceChildren(
    Object.assign(document.createElement('link'), { rel: 'canonical', href: '/tags/rail/' }),
  );
  const { router, go, listening } = fakeRouter('/tags/rail');
  dropFirstPageHeadOnNavigation(router);
  go('/tags/rail/');
  expect(document.head.querySelectorAll(FIRST_PAGE_HEAD)).toHaveLength(1);
  go('/tags/rail/page/2/');
  expect(document.head.querySelectorAll(FIRST_PAGE_HEAD)).toHaveLength(0);
  expect(listening()).toBe(0);
});
