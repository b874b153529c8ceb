/**
 * Reads many files on a worker thread, in order, so that the thread that
 * checks them does not wait on the disk: opening and reading 10,000 articles
 * was a third of the dev server's first read of the folder, more when they
 * were not in the disk cache. The worker only reads; everything else stays
 * with content-file.ts.
 */
import { Worker } from 'node:worker_threads';

import { NOT_UTF8, readFileText, type FileStats, type FileText } from './content-file.ts';

/** Files per message: small enough that the first arrive at once, large enough that messages stay few. */
const BATCH = 64;

// Plain JavaScript run as it is (eval): the worker needs no TypeScript loader. It does what readFileText does.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { closeSync, fstatSync, openSync, readFileSync } = require('node:fs');
const { isUtf8 } = require('node:buffer');
let batch = [];
for (const fullPath of workerData) {
  let stats = null;
  let read;
  try {
    const fd = openSync(fullPath, 'r');
    try {
      const { ino, size, mtimeNs, ctimeNs } = fstatSync(fd, { bigint: true });
      stats = { ino, size, mtimeNs, ctimeNs };
      const bytes = readFileSync(fd);
      read = isUtf8(bytes) ? { stats, text: bytes.toString('utf8') } : { stats, text: null, code: '${NOT_UTF8}' };
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    read = { stats, text: null, code: error instanceof Error && 'code' in error ? error.code : undefined };
  }
  batch.push(read);
  if (batch.length === ${BATCH}) {
    parentPort.postMessage(batch);
    batch = [];
  }
}
parentPort.postMessage(batch);
`;

function isStats(value: unknown): value is FileStats {
  if (value === null || typeof value !== 'object') return false;
  return ['ino', 'size', 'mtimeNs', 'ctimeNs'].every((key) => typeof Reflect.get(value, key) === 'bigint');
}

/** A batch as the worker sends it, or null for anything else. */
function fileTexts(message: unknown): FileText[] | null {
  if (!Array.isArray(message)) return null;
  const texts: FileText[] = [];
  for (const item of message) {
    if (item === null || typeof item !== 'object') return null;
    const stats: unknown = Reflect.get(item, 'stats');
    const text: unknown = Reflect.get(item, 'text');
    if (stats !== null && !isStats(stats)) return null;
    if (typeof text === 'string') texts.push({ stats, text });
    else if (text === null) texts.push({ stats, text, code: Reflect.get(item, 'code') });
    else return null;
  }
  return texts;
}

/**
 * The files at `fullPaths`, read in that order, in batches as they arrive. What the worker could not read (it
 * failed to start, or stopped) is read on this thread.
 */
export async function* readAhead(fullPaths: readonly string[]): AsyncGenerator<FileText[]> {
  const arrived: FileText[][] = [];
  // An object, not a boolean: the worker's events change it between the loop's checks.
  const reading = { ended: false };
  let wake = () => {};
  let worker: Worker;
  try {
    worker = new Worker(WORKER_SOURCE, { eval: true, workerData: fullPaths });
  } catch {
    for (const fullPath of fullPaths) yield [readFileText(fullPath)];
    return;
  }
  worker.on('message', (message: unknown) => {
    // After a batch that is not one, the rest would be given to the wrong files: they are read here instead.
    if (reading.ended) return;
    const batch = fileTexts(message);
    if (batch === null) reading.ended = true;
    else arrived.push(batch);
    wake();
  });
  const end = () => {
    reading.ended = true;
    wake();
  };
  worker.on('error', end);
  worker.on('exit', end);
  let given = 0;
  try {
    while (given < fullPaths.length) {
      const batch = arrived.shift();
      if (batch !== undefined) {
        given += batch.length;
        yield batch;
      } else if (reading.ended) {
        break;
      } else {
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
      }
    }
    for (const fullPath of fullPaths.slice(given)) yield [readFileText(fullPath)];
  } finally {
    void worker.terminate();
  }
}
