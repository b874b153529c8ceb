import fc from 'fast-check';
import { expect, test } from 'vitest';

import { withinOneTypo } from './edit-distance.ts';

test('one changed, added, dropped or swapped letter is one typo', () => {
  expect(withinOneTypo('kursk', 'kursk')).toBe(true);
  expect(withinOneTypo('kursk', 'kurst')).toBe(true);
  expect(withinOneTypo('kursk', 'kurskk')).toBe(true);
  expect(withinOneTypo('kursk', 'krsk')).toBe(true);
  expect(withinOneTypo('kursk', 'kusrk')).toBe(true);
  expect(withinOneTypo('kursk', 'ukrsk')).toBe(true);
});

test('two typos are not one', () => {
  expect(withinOneTypo('kursk', 'kirsc')).toBe(false);
  expect(withinOneTypo('kursk', 'kur')).toBe(false);
  expect(withinOneTypo('kursk', 'skurk')).toBe(false);
  expect(withinOneTypo('abcd', 'badc')).toBe(false);
});

/** Damerau–Levenshtein (optimal string alignment), the slow way, as the reference. */
function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  const at = (i: number, j: number) => d[i]?.[j] ?? Infinity;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, at(i - 2, j - 2) + 1);
      const row = d[i];
      if (row !== undefined) row[j] = best;
    }
  }
  return at(a.length, b.length);
}

test('agrees with the edit distance on random words', () => {
  const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c'), maxLength: 6 });
  fc.assert(
    fc.property(word, word, (a, b) => {
      expect(withinOneTypo(a, b)).toBe(distance(a, b) <= 1);
    }),
    { numRuns: 2000 },
  );
});
