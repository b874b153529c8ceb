/** Runs async jobs at most `concurrency` at a time: a site's images are probed side by side, not all at once. */
export function limiter(concurrency: number): <T>(job: () => Promise<T>) => Promise<T> {
  let running = 0;
  const waiting: (() => void)[] = [];
  // A finishing job hands its place to the next waiting one, so no new job can slip in between.
  const release = () => {
    const wake = waiting.shift();
    if (wake === undefined) running -= 1;
    else wake();
  };
  return async <T>(job: () => Promise<T>): Promise<T> => {
    if (running >= concurrency) await new Promise<void>((resolve) => waiting.push(resolve));
    else running += 1;
    try {
      return await job();
    } finally {
      release();
    }
  };
}
