import { expect, test } from 'vitest';

import { listFormat, nameList, nameParts } from './name-list.ts';

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

test('nameParts gives the names and the words between them, as the formatter would', () => {
  for (const names of [[], ['Olena Goncharova'], ['A', 'B'], ['A', 'B', 'C']]) {
    expect(nameParts(names, 'en-GB')).toEqual(listFormat('en-GB').formatToParts(names));
  }
  expect(nameParts(['Rail', 'Ukraine'], 'uk')).toEqual([
    { type: 'element', value: 'Rail' },
    { type: 'literal', value: ' і ' },
    { type: 'element', value: 'Ukraine' },
  ]);
});
