import { expect, test } from 'vitest';

import { counted } from './counted.ts';

test('one takes the singular, any other count the plural', () => {
  expect(counted(1, 'article')).toBe('1 article');
  expect(counted(0, 'article')).toBe('0 articles');
  expect(counted(10_000, 'file')).toBe('10000 files');
  expect(counted(2, 'entry', 'entries')).toBe('2 entries');
});
