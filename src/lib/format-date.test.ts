import { expect, test } from 'vitest';

import { formatDate } from './format-date.ts';

test('a date is written out in long form for the locale', () => {
  expect(formatDate('2025-08-22', 'en')).toBe('August 22, 2025');
  expect(formatDate('2024-02-29', 'en')).toBe('February 29, 2024');
  expect(formatDate('2025-01-01', 'en')).toBe('January 1, 2025');
});

test('a date-time keeps the calendar date it was written with, whatever its offset', () => {
  // 01:30 in Kyiv is still August 21 in UTC.
  expect(formatDate('2025-08-22T01:30:00+03:00', 'en')).toBe('August 22, 2025');
  // 23:30 in New York is already August 23 in UTC.
  expect(formatDate('2025-08-22T23:30:00-04:00', 'en')).toBe('August 22, 2025');
  expect(formatDate('2025-12-31T23:59:59Z', 'en')).toBe('December 31, 2025');
});

test('the locale decides the wording', () => {
  expect(formatDate('2025-08-22', 'en-GB')).toBe('22 August 2025');
  expect(formatDate('2025-08-22', 'de')).toBe('22. August 2025');
});

test('the same day in two locales, and again, is each locale’s own text', () => {
  for (let round = 0; round < 2; round += 1) {
    expect(formatDate('2025-08-22T09:30:00Z', 'en')).toBe('August 22, 2025');
    expect(formatDate('2025-08-22', 'de')).toBe('22. August 2025');
    expect(formatDate('2025-08-22', 'en-GB')).toBe('22 August 2025');
  }
});
