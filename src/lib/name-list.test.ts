import { expect, test } from 'vitest';

import { nameList } from './name-list.ts';

test('nameList joins names with commas and a final "and"', () => {
  expect(nameList([])).toBe('');
  expect(nameList(['Rail'])).toBe('Rail');
  expect(nameList(['Rail', 'Ukraine'])).toBe('Rail and Ukraine');
  expect(nameList(['Rail', 'Ukraine', 'Trains'])).toBe('Rail, Ukraine and Trains');
});
