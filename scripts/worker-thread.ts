/**
 * The build's work on other threads (the prerender's workers, the search index): how to start a thread and hear
 * its answers, and how the thread gives them. A thread answers `{ ok: true, result }` or
 * `{ ok: false, error }` with its stack, so that its failure fails the build with the thread's own message.
 *
 * A thread either gets its one input as it starts (runWorkerThread, workerData), or is started before its input is
 * known and loads its code meanwhile (startWorkerThread); it then answers each input it is sent, in turn.
 */
import { parentPort, Worker, type MessagePort, type Transferable, type WorkerOptions } from 'node:worker_threads';

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

/**
 * A thread that is loading its code while its first input is made: `ask` hands it an input (moving `transfer`'s
 * buffers to it rather than copying them) and resolves to the answer to it (a thread answers its inputs in the
 * order given), `stop` ends it.
 */
export type StartedThread<T> = {
  ask: (input: unknown, transfer?: readonly Transferable[]) => Promise<T>;
  stop: () => void;
};

/**
 * Starts `script` (which calls answerEachAsk) before its input is known. Each `ask` is answered in turn, so a caller
 * can keep a thread busy with its next input while the last answer is on its way back; the caller stops it.
 */
export function startWorkerThread<T>(script: string, options: WorkerOptions, result: z.ZodType<T>): StartedThread<T> {
  const worker = new Worker(script, options);
  const waiting: { resolve: (answer: T) => void; reject: (error: Error) => void }[] = [];
  // A thread that failed, before it was asked or after, fails every ask from then on with its own error.
  let failure: Error | undefined;
  const fail = (error: Error) => {
    failure ??= error;
    for (const asked of waiting.splice(0)) asked.reject(failure);
  };
  worker.on('message', (message: unknown) => {
    const asked = waiting.shift();
    if (asked === undefined) return;
    try {
      asked.resolve(resultOf(script, result, message));
    } catch (error) {
      asked.reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
  worker.on('error', fail);
  worker.on('exit', (code) => {
    fail(new Error(`${script} stopped (exit code ${code}) before it answered`));
  });
  return {
    ask(input, transfer) {
      if (failure !== undefined) return Promise.reject(failure);
      return new Promise<T>((resolve, reject) => {
        waiting.push({ resolve, reject });
        worker.postMessage(input, transfer);
      });
    },
    stop() {
      void worker.terminate();
    },
  };
}

/** Does `work` and posts its result, or what it threw, to `port`; settles once posted. */
function answerWith(port: MessagePort, work: () => unknown): Promise<void> {
  return Promise.resolve()
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

/** In a thread that runWorkerThread started: does `work` and answers with its result, or with what it threw. */
export function answerParent(work: () => unknown): void {
  if (parentPort !== null) void answerWith(parentPort, work);
}

/**
 * In a thread that startWorkerThread started: answers each input as answerParent does, one at a time and in the
 * order given, even when `work` is asynchronous.
 */
export function answerEachAsk(work: (input: unknown) => unknown): void {
  const port = parentPort;
  if (port === null) return;
  let turn = Promise.resolve();
  port.on('message', (input: unknown) => {
    turn = turn.then(() => answerWith(port, () => work(input)));
  });
}
