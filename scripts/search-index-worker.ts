/**
 * Makes the search index's files on a thread of its own, from each article's searchable text
 * (scripts/search-index-thread.ts starts it). Built with the prerender worker into the server bundle.
 */
import { workerData } from 'node:worker_threads';

import { z } from 'zod';

import { searchIndexOfFields } from '../src/build/search/build-index.ts';
import { unpackFields } from '../src/build/search/packed-fields.ts';
import { searchFiles } from '../src/build/view-model/page-data.ts';
import { serializeDataFiles } from './data-files.ts';
import { answerParent } from './worker-thread.ts';

/** Each article's fields, packed (src/build/search/packed-fields.ts) and transferred to this thread. */
export const SearchWorkerInputSchema = z.object({
  text: z.instanceof(Uint8Array),
  textEnds: z.instanceof(Uint32Array),
  fields: z.instanceof(Uint8Array),
  fieldEnds: z.instanceof(Uint32Array),
});

// As text: a string crosses back to the main thread as one copy, an object graph is cloned piece by piece.
answerParent(() =>
  serializeDataFiles(searchFiles(searchIndexOfFields(unpackFields(SearchWorkerInputSchema.parse(workerData))))),
);
