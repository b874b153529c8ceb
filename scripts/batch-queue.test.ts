import { expect, test } from 'vitest';

import { batchQueue, type BatchQueueOptions } from './batch-queue.ts';
import type { StartedThread } from './worker-thread.ts';

type Sent = { thread: number; message: unknown };

/** The jobs in a batch's message; none in a setup. */
function jobsIn(message: unknown): number[] {
  return typeof message === 'object' && message !== null && 'jobs' in message && Array.isArray(message.jobs)
    ? message.jobs.filter((job): job is number => typeof job === 'number')
    : [];
}

/**
 * Threads that answer each batch with the jobs in it, and record what they were sent; while `held`, answers wait
 * until `release` (as a busy worker's would).
 */
function fakeThreads(fail?: (message: unknown) => Error | undefined) {
  const sent: Sent[] = [];
  const stopped: number[] = [];
  let held: (() => void)[] | undefined;
  const start = (thread: number): StartedThread<number[]> => ({
    ask: (message) => {
      sent.push({ thread, message });
      const answer = () => {
        const error = fail?.(message);
        if (error !== undefined) throw error;
        return jobsIn(message);
      };
      if (held === undefined) return Promise.resolve().then(answer);
      const waiting = held;
      return new Promise<void>((resolve) => waiting.push(resolve)).then(answer);
    },
    stop: () => {
      stopped.push(thread);
    },
  });
  return {
    sent,
    stopped,
    start,
    hold: () => {
      held = [];
    },
    release: () => {
      const waiting = held ?? [];
      held = undefined;
      for (const resolve of waiting) resolve();
    },
  };
}

function queueOver(
  threads: ReturnType<typeof fakeThreads>,
  options: Partial<BatchQueueOptions<number, number[]>> = {},
) {
  const answered: number[] = [];
  const queue = batchQueue<number, number[]>({
    startThread: threads.start,
    setup: 'setup',
    maxThreads: 2,
    jobsPerThread: 10,
    batchSize: 4,
    message: (jobs) => ({ jobs }),
    onAnswer: (jobs) => {
      answered.push(...jobs);
    },
    ...options,
  });
  return { queue, answered };
}

test('every job is answered once, in batches, each thread set up before its first batch', async () => {
  const threads = fakeThreads();
  const { queue, answered } = queueOver(threads);
  for (let job = 0; job < 23; job += 1) {
    queue.add(job);
    if (job % 4 === 3) await queue.room();
  }
  await queue.finish();
  expect(answered.sort((a, b) => a - b)).toEqual(Array.from({ length: 23 }, (_, job) => job));
  for (const thread of [0, 1]) {
    const [first, ...rest] = threads.sent.filter((sent) => sent.thread === thread).map((sent) => sent.message);
    expect(first).toBe('setup');
    for (const batch of rest) expect(jobsIn(batch).length).toBeGreaterThan(0);
  }
  const sizes = threads.sent.flatMap(({ message }) => (message === 'setup' ? [] : [jobsIn(message).length]));
  expect(Math.max(...sizes)).toBe(4);
  queue.stop();
  expect(threads.stopped.sort()).toEqual([0, 1]);
});

test('a thread for each jobsPerThread jobs, no more than maxThreads; none for no jobs', async () => {
  const few = fakeThreads();
  const small = queueOver(few, { jobsPerThread: 10, maxThreads: 4 });
  for (let job = 0; job < 10; job += 1) small.queue.add(job);
  await small.queue.finish();
  expect(new Set(few.sent.map((sent) => sent.thread))).toEqual(new Set([0]));

  const many = fakeThreads();
  const large = queueOver(many, { jobsPerThread: 10, maxThreads: 3 });
  for (let job = 0; job < 100; job += 1) large.queue.add(job);
  await large.queue.finish();
  expect(new Set(many.sent.map((sent) => sent.thread))).toEqual(new Set([0, 1, 2]));

  const none = fakeThreads();
  await queueOver(none).queue.finish();
  expect(none.sent).toEqual([]);
});

test('the maker waits while the threads are behind, and goes on once they answer', async () => {
  const threads = fakeThreads();
  threads.hold();
  const { queue, answered } = queueOver(threads, { maxThreads: 1, jobsPerThread: 1000 });
  // One thread holds two batches (8 jobs); two more batches (8 jobs) may wait; the 16th job leaves no room.
  for (let job = 0; job < 16; job += 1) queue.add(job);
  let roomy = false;
  const room = queue.room().then(() => {
    roomy = true;
  });
  await new Promise((resolve) => setTimeout(resolve, 20));
  expect(roomy).toBe(false);
  expect(threads.sent.length).toBe(3); // the setup and two batches
  threads.release();
  await room;
  expect(roomy).toBe(true);
  await queue.finish();
  expect(answered.length).toBe(16);
});

test("a thread's failure fails the queue with its own message", async () => {
  const threads = fakeThreads((message) =>
    jobsIn(message).includes(13) ? new Error('rendering /articles/13 failed') : undefined,
  );
  const { queue } = queueOver(threads);
  for (let job = 0; job < 20; job += 1) queue.add(job);
  await expect(queue.finish()).rejects.toThrow('rendering /articles/13 failed');
});

test('a failed setup fails the queue, as does an answer that cannot be taken', async () => {
  const unset = fakeThreads((message) =>
    message === 'setup' ? new Error('the page template has no </head>') : undefined,
  );
  const { queue } = queueOver(unset);
  queue.add(1);
  await expect(queue.finish()).rejects.toThrow('no </head>');

  const threads = fakeThreads();
  const refusing = batchQueue<number, number[]>({
    startThread: threads.start,
    setup: 'setup',
    maxThreads: 1,
    jobsPerThread: 10,
    batchSize: 2,
    message: (jobs) => ({ jobs }),
    onAnswer: () => {
      throw new Error('an answer for a page that was not asked for');
    },
  });
  refusing.add(1);
  refusing.add(2);
  await expect(refusing.room()).rejects.toThrow('not asked for');
});
