import { expect, test } from 'vitest';

import { isSafeLink, isSitePath } from './link.ts';

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
