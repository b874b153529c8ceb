import { expect, test } from 'vitest';

import type { SiteInfo } from './content/model.ts';
import { siteUrl } from './site-url.ts';

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
