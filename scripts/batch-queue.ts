/**
 * Hands jobs to worker threads in batches as they are made, so that a build holds a few batches of jobs at a time
 * rather than the whole site's (at 100,000 articles, gigabytes of page data in the main thread and again in each
 * worker). The maker awaits `room()` between jobs: it waits while the threads are behind, and lets their answers in.
 * A thread takes its next batch as soon as it has room, so the threads finish together whatever each batch costs.
 */
import type { StartedThread } from './worker-thread.ts';

export type BatchQueueOptions<J, A> = {
  /** Starts the n-th thread (from 0); the first may have been started earlier, to load its code meanwhile. */
  startThread: (n: number) => StartedThread<A>;
  /** What each thread is sent before its first batch. */
  setup: unknown;
  maxThreads: number;
  /** One thread for each this many jobs added, up to maxThreads: a small build is not worth a second thread. */
  jobsPerThread: number;
  batchSize: number;
  /** What a thread is sent for a batch of jobs. */
  message: (jobs: J[]) => unknown;
  /** Each batch's answer, as it comes. */
  onAnswer: (answer: A) => void;
};

export type BatchQueue<J> = {
  add: (job: J) => void;
  /** Settles once there is room for more jobs; rejects with a thread's failure. */
  room: () => Promise<void>;
  /** Sends what is left and settles once every job is answered; rejects with the first failure. */
  finish: () => Promise<void>;
  /** Stops every thread it started. */
  stop: () => void;
};

/** Batches a thread holds at once: one it works on, and the next, sent while the last answer is on its way. */
const BATCHES_PER_THREAD = 2;
/** Jobs made and not yet sent, per thread, before the maker waits. */
const WAITING_BATCHES_PER_THREAD = 2;

export function batchQueue<J, A>(options: BatchQueueOptions<J, A>): BatchQueue<J> {
  const { batchSize, maxThreads } = options;
  const waiting: J[] = [];
  const threads: { thread: StartedThread<A>; batches: number }[] = [];
  let added = 0;
  let inFlight = 0;
  let closed = false;
  let failure: Error | undefined;
  const sleepers = new Set<() => void>();
  const wake = () => {
    for (const sleeper of sleepers) sleeper();
    sleepers.clear();
  };
  const sleep = () =>
    new Promise<void>((resolve) => {
      sleepers.add(resolve);
    });
  const failWith = (error: unknown) => {
    failure ??= error instanceof Error ? error : new Error(String(error));
    wake();
  };

  const send = (entry: (typeof threads)[number], jobs: J[]) => {
    entry.batches += 1;
    inFlight += 1;
    entry.thread
      .ask(options.message(jobs))
      .then(options.onAnswer)
      .catch(failWith)
      .finally(() => {
        entry.batches -= 1;
        inFlight -= 1;
        dispatch();
        wake();
      });
  };

  function dispatch(): void {
    const wanted = Math.min(maxThreads, Math.ceil(added / options.jobsPerThread));
    while (threads.length < wanted) {
      const entry = { thread: options.startThread(threads.length), batches: 0 };
      threads.push(entry);
      // Answered before any batch (a thread answers in order); a failed setup fails the queue with its own message.
      entry.thread.ask(options.setup).catch(failWith);
    }
    while (failure === undefined && (waiting.length >= batchSize || (closed && waiting.length > 0))) {
      let free: (typeof threads)[number] | undefined;
      for (const entry of threads) {
        if (entry.batches < BATCHES_PER_THREAD && (free === undefined || entry.batches < free.batches)) free = entry;
      }
      if (free === undefined) return;
      send(free, waiting.splice(0, batchSize));
    }
  }

  return {
    add(job) {
      waiting.push(job);
      added += 1;
      dispatch();
    },
    async room() {
      // Answers that came in while the maker worked are handled here, and free threads take their next batch.
      await new Promise((resolve) => setImmediate(resolve));
      const limit = Math.max(1, threads.length) * WAITING_BATCHES_PER_THREAD * batchSize;
      while (failure === undefined && waiting.length >= limit) await sleep();
      if (failure !== undefined) throw failure;
    },
    async finish() {
      closed = true;
      dispatch();
      while (failure === undefined && (inFlight > 0 || waiting.length > 0)) await sleep();
      if (failure !== undefined) throw failure;
    },
    stop() {
      for (const { thread } of threads) thread.stop();
    },
  };
}
