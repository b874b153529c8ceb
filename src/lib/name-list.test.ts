import { expect, test } from 'vitest';

import { listFormat, nameList } from './name-list.ts';

test('nameList joins names as the language does', () => {
  expect(nameList([], 'en-GB')).toBe('');
  expect(nameList(['Rail'], 'en-GB')).toBe('Rail');
  expect(nameList(['Rail', 'Ukraine'], 'en-GB')).toBe('Rail and Ukraine');
  expect(nameList(['Rail', 'Ukraine', 'Trains'], 'en-GB')).toBe('Rail, Ukraine and Trains');
  expect(nameList(['Rail', 'Ukraine', 'Trains'], 'en-US')).toBe('Rail, Ukraine, and Trains');
  expect(nameList(['Залізниця', 'Україна'], 'uk')).toBe('Залізниця і Україна');
});

test('listFormat is made once per language', () => {
  expect(listFormat('en')).toBe(listFormat('en'));
  expect(listFormat('en')).not.toBe(listFormat('uk'));
});
