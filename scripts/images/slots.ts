import type { Slot } from './encode-variants.ts';

/** Runs at most `count` jobs at once; the others wait their turn, in order. */
export function slots(count: number): Slot {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async (job) => {
    if (running < count) running += 1;
    // A finishing job hands its place straight to the next in line.
    else await new Promise<void>((resolve) => waiting.push(resolve));
    try {
      return await job();
    } finally {
      const next = waiting.shift();
      if (next === undefined) running -= 1;
      else next();
    }
  };
}
