import { expect, test } from 'vitest';

import { addressOf } from './dev-page-islands-plugin.ts';

test('the address of a request inside the site, as pathnameOf writes it, with or without the trailing slash', () => {
  expect(addressOf('/', '/')).toBe('/');
  expect(addressOf('/articles/x', '/')).toBe('/articles/x');
  expect(addressOf('/articles/x/', '/')).toBe('/articles/x');
  expect(addressOf('/tags/rail/page/2/?tags=a#top', '/')).toBe('/tags/rail/page/2');
  expect(addressOf('/news/', '/news/')).toBe('/');
  expect(addressOf('/news/articles/x/', '/news/')).toBe('/articles/x');
  // Outside the base: no address of the site.
  expect(addressOf('/elsewhere/x', '/news/')).toBeNull();
  expect(addressOf(undefined, '/')).toBe('/');
});
