/**
 * The output as a build finds it, before it changes anything: every file, with the inode, size and modification
 * time that tell whether it is still the file the last build wrote (page-cache.ts). The commit removes the files
 * this build did not declare by it (output-writer.ts), the page cache checks the pages it keeps against it, and the
 * report sizes the unchanged files from it.
 *
 * It is taken on another thread (output-snapshot-worker.mjs) while this one reads the content: listing and
 * stating the ten thousand folders of a 10,000-article output took 0.4–0.6 s of an edit's main thread, which
 * is busy, while the second core mostly waits. The build holds the output's lock meanwhile, so nothing else
 * changes it before the commit.
 */
import path from 'node:path';

import { z } from 'zod';

import { runWorkerThread } from './worker-thread.ts';

/** What identifies a file as the one written: its inode, size and modification time. */
export type FileStamp = { ino: number; size: number; mtimeMs: number };

export type OutputSnapshot = {
  /** Every file (links included, folders not), relative to the output, in no particular order. */
  files: readonly string[];
  /**
   * A file's stamp, or undefined when the output has no such file (or it is a link to nothing). `file` is as the
   * snapshot lists it: relative and normalized (`a/index.html`, not `./a//index.html`).
   */
  stampOf: (file: string) => FileStamp | undefined;
};

export const EMPTY_SNAPSHOT: OutputSnapshot = { files: [], stampOf: () => undefined };

const WORKER_SCRIPT = path.join(import.meta.dirname, 'output-snapshot-worker.mjs');
const AnswerSchema = z.object({
  names: z.string(),
  // By its tag, not instanceof: a test's jsdom has Float64Array of its own, which the thread's is not.
  stamps: z.custom<Float64Array>((value) => Object.prototype.toString.call(value) === '[object Float64Array]'),
});

/** The files under `outDir` (which must exist) and their stamps, taken on another thread. */
export async function snapshotOutput(outDir: string): Promise<OutputSnapshot> {
  const { names, stamps } = await runWorkerThread(WORKER_SCRIPT, { workerData: outDir }, AnswerSchema);
  const files = names === '' ? [] : names.split('\0');
  if (stamps.length !== files.length * 3) {
    throw new Error(`${WORKER_SCRIPT} answered ${files.length} files with ${stamps.length} numbers`);
  }
  const at = new Map(files.map((file, index) => [file, index * 3]));
  return {
    files,
    stampOf(file) {
      const index = at.get(file);
      const size = index === undefined ? undefined : stamps[index + 1];
      if (index === undefined || size === undefined || Number.isNaN(size)) return undefined;
      return { ino: stamps[index] ?? Number.NaN, size, mtimeMs: stamps[index + 2] ?? Number.NaN };
    },
  };
}
