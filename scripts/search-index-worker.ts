/**
 * Makes the search index's files on a thread of its own, from each article's searchable text
 * (scripts/search-index-thread.ts starts it). It takes the articles a batch at a time, as the build makes their
 * views, and makes the files when asked to finish. Built with the prerender worker into the server bundle.
 *
 * An article whose fields are those of an article the last build indexed is added with the terms found then
 * (search-terms-memo.ts); only new and changed articles' text is read again.
 */
import { workerData } from 'node:worker_threads';

import { z } from 'zod';

import { searchIndexBuilder } from '../src/build/search/build-index.ts';
import { packedArticles } from '../src/build/search/packed-fields.ts';
import { searchFiles } from '../src/build/view-model/page-data.ts';
import { serializeDataFiles } from './data-files.ts';
import { fieldsDigest, readSearchTermsMemo, searchTermsMemoWriter } from './search-terms-memo.ts';
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

/** Where the terms memo is, whether to read it (not in a clean build), and the code key it holds terms for. */
export const SearchWorkerDataSchema = z.object({
  memo: z.object({ file: z.string(), read: z.boolean(), key: z.string() }).nullable(),
});

const { memo: memoFile } = SearchWorkerDataSchema.parse(workerData);
const memo = memoFile?.read === true ? readSearchTermsMemo(memoFile.file, memoFile.key) : null;
const writer = memoFile === null ? null : searchTermsMemoWriter(memoFile.file, memoFile.key);
const builder = searchIndexBuilder();
let indexed = 0;
let reused = 0;

// The files as text: a string crosses back to the main thread as one copy, an object graph is cloned piece by piece.
answerEachAsk((input) => {
  const message = SearchWorkerInputSchema.parse(input);
  if ('finish' in message) {
    const files = serializeDataFiles(searchFiles(builder.finish()));
    writer?.finish(builder.terms());
    return { files, indexed, reused };
  }
  for (const article of packedArticles(message.articles)) {
    const digest = fieldsDigest(article.packed);
    const known = memo?.lookup(digest);
    if (memo !== null && known !== undefined) reused += 1;
    else indexed += 1;
    const terms =
      memo !== null && known !== undefined ? builder.addTerms(known, memo.from) : builder.add(article.fields());
    writer?.add(digest, terms);
  }
  return null;
});
