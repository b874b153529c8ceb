import { expect, test } from 'vitest';

import { LARGE_ARCHIVE, heapGrowthPercent } from './heap-growth.ts';

test("a large archive's heaps grow by half at most; a smaller one's as V8 decides", () => {
  expect(heapGrowthPercent(100_000)).toBe(50);
  expect(heapGrowthPercent(LARGE_ARCHIVE)).toBe(50);
  expect(heapGrowthPercent(LARGE_ARCHIVE - 1)).toBeNull();
  expect(heapGrowthPercent(10_000)).toBeNull();
});
