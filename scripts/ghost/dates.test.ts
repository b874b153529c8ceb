import { expect, test } from 'vitest';

import { publicationDate, siteTimeZone } from './dates.ts';

test.each([
  // Ghost showed May 2 in Kyiv: the date as written must say so too.
  ['2024-05-01T22:30:00.000Z', 'Europe/Kyiv', '2024-05-02T01:30:00.000+03:00'],
  ['2024-01-15T23:00:00.000Z', 'Europe/Kyiv', '2024-01-16T01:00:00.000+02:00'],
  ['2024-05-02T02:30:00.000Z', 'America/New_York', '2024-05-01T22:30:00.000-04:00'],
  ['2024-05-01T20:00:00.000Z', 'Asia/Kathmandu', '2024-05-02T01:45:00.000+05:45'],
  ['2024-05-01T22:30:00.000Z', 'Etc/UTC', '2024-05-01T22:30:00.000+00:00'],
  ['2024-05-01 22:30:00', 'Europe/Kyiv', '2024-05-02T01:30:00.000+03:00'],
  [Date.UTC(2024, 4, 1, 22, 30), 'Europe/Kyiv', '2024-05-02T01:30:00.000+03:00'],
])("an export's UTC %j is written in the site's zone %s: %s", (value, timeZone, expected) => {
  expect(publicationDate(value, timeZone)).toBe(expected);
});

test("the Content API's offset is kept as Ghost wrote it", () => {
  expect(publicationDate('2024-05-02T01:30:00.000+03:00', 'Europe/Kyiv')).toBe('2024-05-02T01:30:00.000+03:00');
});

test('without a time zone, dates stay in UTC as before', () => {
  expect(publicationDate('2024-05-01T22:30:00.000Z', null)).toBe('2024-05-01T22:30:00.000Z');
  expect(publicationDate('2024-05-01 22:30:00', null)).toBe('2024-05-01T22:30:00Z');
  expect(publicationDate(Date.UTC(2024, 4, 1, 22, 30), null)).toBe('2024-05-01T22:30:00.000Z');
  expect(publicationDate('yesterday', 'Europe/Kyiv')).toBeNull();
});

test('a time zone the runtime does not know is none', () => {
  expect(siteTimeZone('Europe/Kyiv')).toBe('Europe/Kyiv');
  expect(siteTimeZone('Mars/Olympus_Mons')).toBeNull();
  expect(siteTimeZone(null)).toBeNull();
});
