import { expect, test } from 'vitest';

import { initials } from './initials.ts';

test('initials: first letters of the first and last names, upper-cased', () => {
  expect(initials('Olena Goncharova')).toBe('OG');
  expect(initials('Jean Claude Van Damme')).toBe('JD');
  expect(initials('  ada   lovelace ')).toBe('AL');
  expect(initials('Madonna')).toBe('M');
  expect(initials('Łukasz Ćwik')).toBe('ŁĆ');
  expect(initials('𝒜lice Bob')).toBe('𝒜B');
  expect(initials('')).toBe('');
});
