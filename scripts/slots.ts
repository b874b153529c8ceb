/** Runs one job when a slot is free. */
export type Slot = <T>(job: () => Promise<T>) => Promise<T>;

/**
 * Runs at most `count` jobs at once; the others wait their turn, in order. The image pipeline keeps every core busy
 * with it, and the Ghost importer probes a site's remote images side by side, not all at once.
 */
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
