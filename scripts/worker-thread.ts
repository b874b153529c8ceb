/**
 * The build's work on other threads (the prerender's workers, the search index): one way to start a thread and
 * hear its one answer, and one way for the thread to give it. A thread answers `{ ok: true, result }` or
 * `{ ok: false, error }` with its stack, so that its failure fails the build with the thread's own message.
 *
 * A thread either gets its input as it starts (runWorkerThread, workerData), or is started before its input is
 * known and loads its code meanwhile (startWorkerThread); it then waits for the input as its first message.
 */
import { parentPort, Worker, type WorkerOptions } from 'node:worker_threads';

import { z } from 'zod';

/** The thread's answer, checked against `result`: its result, or its error thrown. */
function resultOf<T>(script: string, result: z.ZodType<T>, message: unknown): T {
  const answer = z
    .union([z.object({ ok: z.literal(true), result }), z.object({ ok: z.literal(false), error: z.string() })])
    .safeParse(message);
  if (!answer.success) throw new Error(`${script} answered what it should not: ${answer.error.message}`);
  if (!answer.data.ok) throw new Error(answer.data.error);
  return answer.data.result;
}

/** The answer of a thread already started: it ends the thread. */
function answerOf<T>(worker: Worker, script: string, result: z.ZodType<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    worker.once('message', (message: unknown) => {
      void worker.terminate();
      try {
        resolve(resultOf(script, result, message));
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
    worker.once('error', reject);
  });
}

/** Runs `script` with `options` and resolves to its answer, checked against `result`; rejects with its error. */
export function runWorkerThread<T>(script: string, options: WorkerOptions, result: z.ZodType<T>): Promise<T> {
  return answerOf(new Worker(script, options), script, result);
}

/** A thread that is loading its code while its input is made: `answer` hands it the input, `stop` ends it unused. */
export type StartedThread<T> = { answer: (input: unknown) => Promise<T>; stop: () => void };

/** Starts `script` (which calls answerParentWhenAsked) before its input is known. */
export function startWorkerThread<T>(script: string, options: WorkerOptions, result: z.ZodType<T>): StartedThread<T> {
  const worker = new Worker(script, options);
  const answered = answerOf(worker, script, result);
  // A thread that fails before it is asked reports it when asked; one stopped unused reports nothing.
  answered.catch(() => undefined);
  return {
    answer(input) {
      worker.postMessage(input);
      return answered;
    },
    stop() {
      void worker.terminate();
    },
  };
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

/** In a thread that startWorkerThread started: waits for its input, then answers as answerParent does. */
export function answerParentWhenAsked(work: (input: unknown) => unknown): void {
  parentPort?.once('message', (input: unknown) => {
    answerParent(() => work(input));
  });
}
