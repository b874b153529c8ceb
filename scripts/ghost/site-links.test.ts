import { expect, test } from 'vitest';

import { rewriteLink, type SiteIndex } from './site-links.ts';

const site: SiteIndex = {
  siteUrl: new URL('https://news.example.org'),
  posts: new Map([
    ['harbour-reopens', 'harbour-reopens'],
    ['old_slug', 'old-slug'],
  ]),
  pages: new Map([['about', 'about']]),
  tags: new Map([['news', 'news']]),
  authors: new Map([['jane', 'jane-doe']]),
};

test.each([
  ['__GHOST_URL__/harbour-reopens/', '/articles/harbour-reopens'],
  ['__GHOST_URL__/old_slug/', '/articles/old-slug'],
  ['__GHOST_URL__/2024/05/13/harbour-reopens/', '/articles/harbour-reopens'],
  ['__GHOST_URL__/about/', '/about'],
  ['__GHOST_URL__/tag/news/', '/tags/news'],
  ['__GHOST_URL__/tag/news/page/2/', '/tags/news'],
  ['__GHOST_URL__/author/jane/', '/authors/jane-doe'],
  ['__GHOST_URL__/', '/'],
  ['https://news.example.org/harbour-reopens/?ref=news.example.org#more', '/articles/harbour-reopens#more'],
  ['https://www.news.example.org/tag/news/', '/tags/news'],
  ['http://news.example.org/about/', '/about'],
  ['/harbour-reopens/', '/articles/harbour-reopens'],
])('%s is the site path %s', (href, path) => {
  expect(rewriteLink(href, site)).toEqual({ kind: 'internal', href: path });
});

test("Ghost's ?ref= is removed from links to other sites; other parameters stay", () => {
  expect(rewriteLink('https://example.org/a?ref=news.example.org&b=1', site)).toEqual({
    kind: 'external',
    href: 'https://example.org/a?b=1',
  });
  expect(rewriteLink('mailto:desk@example.org', site)).toEqual({ kind: 'external', href: 'mailto:desk@example.org' });
});

test("a path the new site has no page for points to the old site's address", () => {
  expect(rewriteLink('__GHOST_URL__/rss/', site)).toEqual({ kind: 'old-site', href: 'https://news.example.org/rss/' });
  expect(rewriteLink('__GHOST_URL__/tag/internal-only/', site)).toEqual({
    kind: 'old-site',
    href: 'https://news.example.org/tag/internal-only/',
  });
  expect(rewriteLink('__GHOST_URL__/rss/', { ...site, siteUrl: null }).kind).toBe('dropped');
});

test('a site under a sub-path: only its own paths are its links', () => {
  const sub = { ...site, siteUrl: new URL('https://example.org/news') };
  expect(rewriteLink('https://example.org/news/about/', sub)).toEqual({ kind: 'internal', href: '/about' });
  expect(rewriteLink('https://example.org/shop/', sub)).toEqual({
    kind: 'external',
    href: 'https://example.org/shop/',
  });
});

test.each([
  'javascript:alert(1)',
  'JavaScript:alert(1)',
  'data:text/html,x',
  'vbscript:x',
  'tel:123',
  '#/portal/signup',
  '',
  'not a url',
])('%j keeps only its text', (href) => {
  expect(rewriteLink(href, site).kind).toBe('dropped');
});

test.each(['__GHOST_URL__/sale-50%/', 'https://news.example.org/tag/caf%C3%28/', '/author/%E0%A4%A/'])(
  '%j, with a broken percent-escape, keeps its text and says so instead of throwing',
  (href) => {
    const link = rewriteLink(href, site);
    expect(link.kind).toBe('dropped');
    expect(link.kind === 'dropped' ? link.reason : '').toContain('has a broken %-escape: kept as text');
  },
);
