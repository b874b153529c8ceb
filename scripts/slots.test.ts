import { expect, test } from 'vitest';

import { slots } from './slots.ts';

test('slots: never more than the count at once, and every job runs', async () => {
  const slot = slots(2);
  let running = 0;
  let most = 0;
  const results = await Promise.all(
    Array.from({ length: 7 }, (_, index) =>
      slot(async () => {
        running += 1;
        most = Math.max(most, running);
        await new Promise((resolve) => setTimeout(resolve, 5));
        running -= 1;
        return index;
      }),
    ),
  );
  expect(results).toEqual([0, 1, 2, 3, 4, 5, 6]);
  expect(most).toBe(2);
});

test('slots: a failing job frees its place', async () => {
  const slot = slots(1);
  await expect(slot(() => Promise.reject(new Error('broken')))).rejects.toThrow('broken');
  await expect(slot(() => Promise.resolve('next'))).resolves.toBe('next');
});
