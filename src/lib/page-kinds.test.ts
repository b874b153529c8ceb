import { expect, test } from 'vitest';

import { dataAddressOf, HOME_FIRST_PAGE_ALIAS } from './page-kinds.ts';

test("/page/1 renders the home's data; every other address its own", () => {
  expect(dataAddressOf(HOME_FIRST_PAGE_ALIAS)).toBe('/');
  expect(dataAddressOf('/page/2')).toBe('/page/2');
  expect(dataAddressOf('/articles/x')).toBe('/articles/x');
  expect(dataAddressOf('/')).toBe('/');
});
