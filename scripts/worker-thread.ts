/**
 * The build's work on other threads (the prerender's workers, the search index): one way to start a thread and
 * hear its one answer, and one way for the thread to give it. A thread answers `{ ok: true, result }` or
 * `{ ok: false, error }` with its stack, so that its failure fails the build with the thread's own message.
 */
import { parentPort, Worker, type WorkerOptions } from 'node:worker_threads';

import { z } from 'zod';

/** Runs `script` with `options` and resolves to its answer, checked against `result`; rejects with its error. */
export function runWorkerThread<T>(script: string, options: WorkerOptions, result: z.ZodType<T>): Promise<T> {
  const AnswerSchema = z.union([
    z.object({ ok: z.literal(true), result }),
    z.object({ ok: z.literal(false), error: z.string() }),
  ]);
  return new Promise((resolve, reject) => {
    const worker = new Worker(script, options);
    worker.once('message', (message: unknown) => {
      void worker.terminate();
      const answer = AnswerSchema.safeParse(message);
      if (!answer.success) reject(new Error(`${script} answered what it should not: ${answer.error.message}`));
      else if (answer.data.ok) resolve(answer.data.result);
      else reject(new Error(answer.data.error));
    });
    worker.once('error', reject);
  });
}

/** In a thread that runWorkerThread started: does `work` and answers with its result, or with what it threw. */
export function answerParent(work: () => unknown): void {
  const port = parentPort;
  if (port === null) return;
  Promise.resolve()
    .then(work)
    .then(
      (result: unknown) => {
        port.postMessage({ ok: true, result });
      },
      (error: unknown) => {
        port.postMessage({ ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
      },
    );
}
