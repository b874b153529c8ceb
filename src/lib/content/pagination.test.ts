import { expect, test } from 'vitest';

import { latestPosition, PAGE_SIZE, pageCount, pageOf } from './pagination.ts';

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

test('latestPosition: article n is entry n % 20 of latest page ⌊n / 20⌋ + 1', () => {
  expect(latestPosition(0)).toEqual({ page: 1, entry: 0 });
  expect(latestPosition(19)).toEqual({ page: 1, entry: 19 });
  expect(latestPosition(20)).toEqual({ page: 2, entry: 0 });
  expect(latestPosition(45)).toEqual({ page: 3, entry: 5 });
  const items = Array.from({ length: 45 }, (_, index) => index);
  for (const n of items) {
    const { page, entry } = latestPosition(n);
    expect(pageOf(items, page)[entry]).toBe(n);
  }
});
