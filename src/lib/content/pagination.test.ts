import { expect, test } from 'vitest';

import { articleNumber, PAGE_SIZE, pageCount, pageOf, summaryPosition } from './pagination.ts';

test('pageCount: pages of 20, at least one', () => {
  expect(PAGE_SIZE).toBe(20);
  expect(pageCount(0)).toBe(1);
  expect(pageCount(1)).toBe(1);
  expect(pageCount(20)).toBe(1);
  expect(pageCount(21)).toBe(2);
  expect(pageCount(45)).toBe(3);
  expect(pageCount(10, 5)).toBe(2);
  expect(pageCount(11, 5)).toBe(3);
});

test('pageOf: the items of a 1-based page, fewer on the last page, none past it', () => {
  const items = Array.from({ length: 45 }, (_, index) => index);
  expect(pageOf(items, 1)).toEqual(items.slice(0, 20));
  expect(pageOf(items, 2)).toEqual(items.slice(20, 40));
  expect(pageOf(items, 3)).toEqual([40, 41, 42, 43, 44]);
  expect(pageOf(items, 4)).toEqual([]);
  expect(pageOf(items, 2, 10)).toEqual(items.slice(10, 20));
  expect(pageOf([], 1)).toEqual([]);
});

test('articles are numbered from the oldest: the site order reversed, and back', () => {
  // Five articles, newest first: the newest is number 4, the oldest 0.
  expect([0, 1, 2, 3, 4].map((position) => articleNumber(position, 5))).toEqual([4, 3, 2, 1, 0]);
  for (let position = 0; position < 5; position += 1) {
    expect(articleNumber(articleNumber(position, 5), 5)).toBe(position);
  }
  // A sixth, newer article leaves every other article its number.
  expect([1, 2, 3, 4, 5].map((position) => articleNumber(position, 6))).toEqual([4, 3, 2, 1, 0]);
});

test('summaryPosition: article n is entry n % 20 of summaries file ⌊n / 20⌋', () => {
  expect(summaryPosition(0)).toEqual({ file: 0, entry: 0 });
  expect(summaryPosition(19)).toEqual({ file: 0, entry: 19 });
  expect(summaryPosition(20)).toEqual({ file: 1, entry: 0 });
  expect(summaryPosition(45)).toEqual({ file: 2, entry: 5 });
});
