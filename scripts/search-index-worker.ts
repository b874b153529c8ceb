/**
 * Makes the search index's files on a thread of its own, from each article's searchable text
 * (scripts/search-index-thread.ts starts it). Built with the prerender worker into the server bundle.
 */
import { workerData } from 'node:worker_threads';

import { z } from 'zod';

import { searchIndexOfFields } from '../src/build/search/build-index.ts';
import { searchFiles } from '../src/build/view-model/page-data.ts';
import { serializeDataFiles } from './data-files.ts';
import { answerParent } from './worker-thread.ts';

/** Each article's fields, by article number: [field, text] pairs (src/build/search/build-index.ts: searchFields). */
export const SearchWorkerInputSchema = z.array(z.array(z.tuple([z.number(), z.string()])));

// As text: a string crosses back to the main thread as one copy, an object graph is cloned piece by piece.
answerParent(() => serializeDataFiles(searchFiles(searchIndexOfFields(SearchWorkerInputSchema.parse(workerData)))));
