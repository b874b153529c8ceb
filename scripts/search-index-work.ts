/**
 * What the search thread does with each message (search-index-worker.ts runs it, search-index-thread.ts sends
 * the messages): it adds each batch of articles to the index, from their text or, for an article whose fields the
 * last build indexed, from the terms it found then (search-terms-memo.ts), and makes the files when asked to finish.
 */
import { z } from 'zod';

import { searchIndexBuilder } from '../src/build/search/build-index.ts';
import { packedArticles } from '../src/build/search/packed-fields.ts';
import { searchFiles } from '../src/build/view-model/page-data.ts';
import { serializeDataFiles } from './data-files.ts';
import { fieldsDigest, readSearchTermsMemo, searchTermsMemoWriter } from './search-terms-memo.ts';

/** A batch of articles' fields, packed (src/build/search/packed-fields.ts) and transferred to this thread. */
const PackedFieldsSchema = z.object({
  text: z.instanceof(Uint8Array),
  textEnds: z.instanceof(Uint32Array),
  fields: z.instanceof(Uint8Array),
  fieldEnds: z.instanceof(Uint32Array),
});

/** The next batch, numbered on from the last; or the end, answered with the files. */
export const SearchWorkInputSchema = z.union([
  z.object({ articles: PackedFieldsSchema }),
  z.object({ finish: z.literal(true) }),
]);

/** Where the terms memo is, whether to read it (not in a clean build), and the code key it holds terms for. */
export const SearchWorkSettingsSchema = z.object({
  memo: z.object({ file: z.string(), read: z.boolean(), key: z.string() }).nullable(),
});

export type SearchWorkSettings = z.infer<typeof SearchWorkSettingsSchema>;

/** The answer to the end: the index's files, and how many articles were indexed from their text or reused. */
export const SearchWorkFinishedSchema = z.object({
  files: z.array(z.object({ path: z.string(), text: z.string() })),
  indexed: z.number(),
  reused: z.number(),
});

export function searchIndexWork({ memo: memoFile }: SearchWorkSettings): (input: unknown) => unknown {
  let memo = memoFile?.read === true ? readSearchTermsMemo(memoFile.file, memoFile.key) : null;
  const writer = memoFile === null ? null : searchTermsMemoWriter(memoFile.file, memoFile.key);
  const builder = searchIndexBuilder();
  let indexed = 0;
  let reused = 0;
  // The batches are sent without waiting for their answers: a batch that failed fails the finish, or the index
  // would go on without its articles, every later one numbered as another.
  let failure: Error | null = null;

  return (input) => {
    try {
      const message = SearchWorkInputSchema.parse(input);
      if (failure !== null) throw failure;
      if ('finish' in message) {
        // Its terms are in the index now; the memo's bytes (218 MB at 100,000 articles) need not outlive it.
        memo = null;
        const files = serializeDataFiles(searchFiles(builder.finish()));
        writer?.finish(builder.terms());
        // The files as text: a string crosses back to the main thread as one copy, an object graph piece by piece.
        const finished: z.infer<typeof SearchWorkFinishedSchema> = { files, indexed, reused };
        return finished;
      }
      for (const article of packedArticles(message.articles)) {
        const digest = fieldsDigest(article.packed);
        const known = memo?.lookup(digest);
        const terms =
          memo !== null && known !== undefined ? builder.addTerms(known, memo.from) : builder.add(article.fields());
        if (known === undefined) indexed += 1;
        else reused += 1;
        writer?.add(digest, terms);
      }
      return null;
    } catch (error) {
      failure ??= error instanceof Error ? error : new Error(String(error));
      writer?.abort();
      throw error;
    }
  };
}
