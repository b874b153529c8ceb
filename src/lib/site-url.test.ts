import { expect, test } from 'vitest';

import type { SiteInfo } from './content/model.ts';
import { siteUrl } from './site-url.ts';

const site: SiteInfo = {
  title: 'The Ledger',
  description: 'News, checked twice.',
  url: 'https://ledger.example.org',
  language: 'en-GB',
  membershipUrl: null,
};

/** The same publication served under a sub-path. */
const newsSite: SiteInfo = { ...site, url: 'https://example.org/news' };

test('siteUrl joins site.url, sub-path included, and a path, with one slash between them', () => {
  expect(siteUrl(site, '/articles/x')).toBe('https://ledger.example.org/articles/x');
  expect(siteUrl(newsSite, '/articles/x')).toBe('https://example.org/news/articles/x');
  expect(siteUrl({ ...site, url: 'https://example.org/news/' }, '/articles/x')).toBe(
    'https://example.org/news/articles/x',
  );
  expect(siteUrl(newsSite, '/')).toBe('https://example.org/news/');
});
