import { expect, test } from 'vitest';

import { catchUp, shownVersion } from './content-version.ts';

test('a page made from the current content needs nothing', () => {
  expect(catchUp(3, { current: 3, lastReload: 1, ok: true })).toBe('nothing');
});

test('a page made before edits that show without reload loads its data again', () => {
  expect(catchUp(2, { current: 4, lastReload: 2, ok: true })).toBe('refresh');
});

test('a page made before a read that reloaded the open pages reloads', () => {
  expect(catchUp(2, { current: 4, lastReload: 3, ok: true })).toBe('reload');
  expect(catchUp(2, { current: 3, lastReload: 3, ok: true })).toBe('reload');
});

test('while the content has problems a page waits: the overlay says so, and the fix reloads it', () => {
  expect(catchUp(2, { current: 3, lastReload: 1, ok: false })).toBe('nothing');
});

test('only a whole number from the page is a version', () => {
  expect(shownVersion({ version: 7 })).toBe(7);
  expect(shownVersion({ version: 0 })).toBe(0);
  for (const data of [
    null,
    undefined,
    7,
    '7',
    {},
    { version: '7' },
    { version: 1.5 },
    { version: -1 },
    { version: NaN },
  ])
    expect(shownVersion(data), JSON.stringify(data)).toBeNull();
});
