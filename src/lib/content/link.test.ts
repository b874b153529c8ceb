import { expect, test } from 'vitest';

import { isSafeLink, isSiteFile, isSitePath } from './link.ts';

test('allows https, http and mailto links and site paths', () => {
  for (const link of [
    'https://news.example/a',
    'http://old.example',
    'mailto:desk@news.example',
    '/tags/russia',
    '/',
  ]) {
    expect(isSafeLink(link), link).toBe(true);
  }
});

test('refuses other schemes', () => {
  for (const link of [
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'data:text/html,<b>x</b>',
    'vbscript:x',
    'ftp://files.example',
  ]) {
    expect(isSafeLink(link), link).toBe(false);
  }
});

test('refuses paths that a browser would read as another host', () => {
  for (const link of ['//evil.example', '/\\evil.example', '/\t/evil.example', '/\n/evil.example']) {
    expect(isSitePath(link), JSON.stringify(link)).toBe(false);
    expect(isSafeLink(link), JSON.stringify(link)).toBe(false);
  }
});

test('refuses relative links, which would change meaning from page to page', () => {
  expect(isSafeLink('tags/russia')).toBe(false);
  expect(isSafeLink('../secrets')).toBe(false);
});

test("a site path with a dot in its last segment names one of the site's files, not a view", () => {
  for (const path of ['/feed.xml', '/tags/kyiv/feed.xml', '/robots.txt', '/sitemap.xml?x#y'])
    expect(isSiteFile(path), path).toBe(true);
  for (const path of ['/', '/articles/harbour', '/tags/kyiv/page/2', '/search?q=a.b', '/articles/x#fig.1'])
    expect(isSiteFile(path), path).toBe(false);
});
