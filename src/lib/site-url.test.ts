import { expect, test } from 'vitest';

import type { SiteInfo } from './content/model.ts';
import { pageUrl, siteUrl } from './site-url.ts';

const servedAt = (url: string): SiteInfo => ({
  title: 'The Ledger',
  description: 'News, checked twice.',
  url,
  language: 'en-GB',
  footerPages: [],
  membershipUrl: null,
});

test('siteUrl joins site.url, sub-path included, and a path, with one slash between them', () => {
  expect(siteUrl(servedAt('https://ledger.example.org'), '/articles/x')).toBe('https://ledger.example.org/articles/x');
  expect(siteUrl(servedAt('https://example.org/news'), '/articles/x')).toBe('https://example.org/news/articles/x');
  expect(siteUrl(servedAt('https://example.org/news/'), '/articles/x')).toBe('https://example.org/news/articles/x');
  expect(siteUrl(servedAt('https://example.org/news'), '/')).toBe('https://example.org/news/');
});

test("pageUrl is a page's address as a host serves it without a redirect: the folder of its index.html", () => {
  expect(pageUrl(servedAt('https://ledger.example.org'), '/articles/x')).toBe('https://ledger.example.org/articles/x/');
  expect(pageUrl(servedAt('https://example.org/news/'), '/tags/rail/page/2')).toBe(
    'https://example.org/news/tags/rail/page/2/',
  );
  expect(pageUrl(servedAt('https://example.org/news'), '/')).toBe('https://example.org/news/');
});
