// @ts-check
/**
 * The thread of output-snapshot.ts: lists every file under its folder (workerData) and stats each, and answers once,
 * as worker-thread.ts's threads do. Plain JavaScript, so that it runs as it is, from the build's bundle or a test,
 * without a TypeScript loader or a bundle of its own.
 *
 * Its answer: the files' paths relative to the folder, joined by NUL (no path holds one), and three numbers a file
 * (inode, size, modification time in ms; NaN for a file that cannot be stated) in one buffer, moved, not copied.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';

/**
 * A file's inode, size and modification time; NaN for each when it cannot be stated (a link to nothing), which the
 * page cache takes for a file it did not write.
 * @param {string} file
 */
function stampOf(file) {
  try {
    const { ino, size, mtimeMs } = statSync(file);
    return [ino, size, mtimeMs];
  } catch {
    return [Number.NaN, Number.NaN, Number.NaN];
  }
}

try {
  const dir = String(workerData);
  const names = [];
  const numbers = [];
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isDirectory()) continue;
    const file = path.join(entry.parentPath, entry.name);
    names.push(path.relative(dir, file));
    numbers.push(...stampOf(file));
  }
  const stamps = new Float64Array(numbers);
  parentPort?.postMessage({ ok: true, result: { names: names.join('\0'), stamps } }, [stamps.buffer]);
} catch (error) {
  parentPort?.postMessage({
    ok: false,
    error: error instanceof Error ? (error.stack ?? error.message) : String(error),
  });
}
