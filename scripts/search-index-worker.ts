/**
 * Makes the search index's files on a thread of its own, from each article's searchable text
 * (scripts/search-index-thread.ts starts it). It takes the articles a batch at a time, as the build makes their
 * views, and makes the files when asked to finish. Built with the prerender worker into the server bundle.
 */
import { z } from 'zod';

import { searchIndexBuilder } from '../src/build/search/build-index.ts';
import { unpackFields } from '../src/build/search/packed-fields.ts';
import { searchFiles } from '../src/build/view-model/page-data.ts';
import { serializeDataFiles } from './data-files.ts';
import { answerEachAsk } from './worker-thread.ts';

/** A batch of articles' fields, packed (src/build/search/packed-fields.ts) and transferred to this thread. */
const PackedFieldsSchema = z.object({
  text: z.instanceof(Uint8Array),
  textEnds: z.instanceof(Uint32Array),
  fields: z.instanceof(Uint8Array),
  fieldEnds: z.instanceof(Uint32Array),
});

/** The next batch, numbered on from the last; or the end, answered with the files. */
export const SearchWorkerInputSchema = z.union([
  z.object({ articles: PackedFieldsSchema }),
  z.object({ finish: z.literal(true) }),
]);

const builder = searchIndexBuilder();

// The files as text: a string crosses back to the main thread as one copy, an object graph is cloned piece by piece.
answerEachAsk((input) => {
  const message = SearchWorkerInputSchema.parse(input);
  if ('finish' in message) return serializeDataFiles(searchFiles(builder.finish()));
  for (const fields of unpackFields(message.articles)) builder.add(fields);
  return null;
});
