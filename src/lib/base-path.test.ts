import { expect, test } from 'vitest';

import { basePathPrefix, normalizeBasePath } from './base-path.ts';

test.each([
  [undefined, '/'],
  ['', '/'],
  ['/', '/'],
  ['//', '/'],
  ['news', '/news/'],
  ['/news', '/news/'],
  ['news/', '/news/'],
  ['/news/', '/news/'],
  ['//a/b//', '/a/b/'],
])('base %j means %s', (value, base) => {
  expect(normalizeBasePath(value)).toBe(base);
});

test.each([
  ['/', ''],
  ['/news/', '/news'],
  ['news', '/news'],
  ['/a/b/', '/a/b'],
])('the prefix of base %j is %j', (base, prefix) => {
  expect(basePathPrefix(base)).toBe(prefix);
});

test('a site path after the prefix makes its address, with one slash between', () => {
  expect(`${basePathPrefix('/news/')}/tags`).toBe('/news/tags');
  expect(`${basePathPrefix('/')}/tags`).toBe('/tags');
});
