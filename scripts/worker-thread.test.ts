import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, expect, test } from 'vitest';
import { z } from 'zod';

import { runWorkerThread, startWorkerThread } from './worker-thread.ts';

const scratch = mkdtempSync(path.join(tmpdir(), 'broadsheet-worker-thread-'));

afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

/** A thread that posts `answer` (JavaScript) with what it was given. */
function threadAnswering(name: string, answer: string): string {
  const script = path.join(scratch, `${name}.mjs`);
  writeFileSync(
    script,
    `import { parentPort, workerData } from 'node:worker_threads';\nparentPort.postMessage(${answer});\n`,
  );
  return script;
}

const Doubled = z.object({ doubled: z.number() });

test("a thread's result comes back checked; its error fails with the thread's own message", async () => {
  const doubling = threadAnswering('doubling', '{ ok: true, result: { doubled: workerData * 2 } }');
  await expect(runWorkerThread(doubling, { workerData: 21 }, Doubled)).resolves.toEqual({ doubled: 42 });

  const failing = threadAnswering('failing', "{ ok: false, error: 'Error: no such tag\\n    at render' }");
  await expect(runWorkerThread(failing, { workerData: 1 }, Doubled)).rejects.toThrow('Error: no such tag');
});

test('an answer that is not what was asked for is an error, not a result', async () => {
  const wrong = threadAnswering('wrong', "{ ok: true, result: { doubled: 'forty-two' } }");
  await expect(runWorkerThread(wrong, { workerData: 1 }, Doubled)).rejects.toThrow('answered what it should not');
});

/** A thread that answers each input with `answer` (JavaScript, given `input`), as answerEachAsk does. */
function threadAsked(name: string, answer: string): string {
  const script = path.join(scratch, `${name}.mjs`);
  writeFileSync(
    script,
    `import { parentPort } from 'node:worker_threads';\nparentPort.on('message', (input) => parentPort.postMessage(${answer}));\n`,
  );
  return script;
}

test('a thread started before its input is known answers each input it is given, in order', async () => {
  const doubling = startWorkerThread(threadAsked('asked', '{ ok: true, result: { doubled: input * 2 } }'), {}, Doubled);
  await new Promise((resolve) => setTimeout(resolve, 50));
  // Asked again before the first answer came: each ask gets its own answer.
  const answers = [doubling.ask(21), doubling.ask(4), doubling.ask(0)];
  await expect(Promise.all(answers)).resolves.toEqual([{ doubled: 42 }, { doubled: 8 }, { doubled: 0 }]);
  await expect(doubling.ask(5)).resolves.toEqual({ doubled: 10 });
  doubling.stop();
});

test("one input's error fails that ask with the thread's message; the thread goes on answering", async () => {
  const picky = startWorkerThread(
    threadAsked(
      'picky',
      "input < 0 ? { ok: false, error: 'Error: negative' } : { ok: true, result: { doubled: input * 2 } }",
    ),
    {},
    Doubled,
  );
  const [bad, good] = [picky.ask(-1), picky.ask(2)];
  await expect(bad).rejects.toThrow('Error: negative');
  await expect(good).resolves.toEqual({ doubled: 4 });
  picky.stop();
});

test('a thread that stops with answers owed fails them; one asked after it stopped fails at once', async () => {
  const quitting = startWorkerThread(threadAsked('quitting', 'process.exit(3)'), {}, Doubled);
  await expect(quitting.ask(1)).rejects.toThrow(/exit code 3/);
  await expect(quitting.ask(2)).rejects.toThrow(/exit code 3/);
});

test('a thread started and never asked is stopped; one that failed to start reports it when asked', async () => {
  const unused = startWorkerThread(threadAsked('unused', '{ ok: true, result: { doubled: 0 } }'), {}, Doubled);
  unused.stop();
  const missing = startWorkerThread(path.join(scratch, 'no-such-script.mjs'), {}, Doubled);
  // Its failure to start is not an unhandled rejection before it is asked.
  await new Promise((resolve) => setTimeout(resolve, 200));
  await expect(missing.ask(1)).rejects.toThrow(/no-such-script/);
});

test('an ask can move buffers to the thread instead of copying them', async () => {
  const summing = threadAsked(
    'summing',
    '({ ok: true, result: { doubled: input.bytes.reduce((sum, byte) => sum + byte, 0) * 2 } })',
  );
  const thread = startWorkerThread(summing, {}, Doubled);
  try {
    const bytes = new Uint8Array([1, 2, 3]);
    const answer = thread.ask({ bytes }, [bytes.buffer]);
    // Moved: this thread's view of the buffer is empty from the moment it is sent.
    expect(bytes.byteLength).toBe(0);
    await expect(answer).resolves.toEqual({ doubled: 12 });
  } finally {
    thread.stop();
  }
});
