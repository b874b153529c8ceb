/**
 * Makes the search index's files on a thread of its own, from each article's searchable text
 * (scripts/search-index-thread.ts starts it). Built with the prerender worker into the server bundle.
 */
import { parentPort, workerData } from 'node:worker_threads';

import { z } from 'zod';

import { searchIndexOfFields } from '../src/build/search/build-index.ts';
import { searchFiles } from '../src/build/view-model/page-data.ts';
import { serializeDataFiles } from './data-files.ts';

/** Each article's fields, by article number: [field, text] pairs (src/build/search/build-index.ts: searchFields). */
export const SearchWorkerInputSchema = z.array(z.array(z.tuple([z.number(), z.string()])));

if (parentPort !== null) {
  const port = parentPort;
  try {
    const files = searchFiles(searchIndexOfFields(SearchWorkerInputSchema.parse(workerData)));
    // As text: a string crosses back to the main thread as one copy, an object graph is cloned piece by piece.
    port.postMessage({ ok: true, files: serializeDataFiles(files) });
  } catch (error) {
    port.postMessage({ ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
}
