/**
 * What the search thread does with each message (search-index-worker.ts runs it, search-index-thread.ts sends
 * the messages): it adds each batch of articles to the index, by their source digests (article-digests.ts), from
 * the terms the last build kept (search-terms-memo.ts) or, for the others, from their text, which is all the batch
 * carries; and it makes the files when asked to finish.
 */
import { z } from 'zod';

import { searchIndexBuilder } from '../src/build/search/build-index.ts';
import { unpackFields } from '../src/build/search/packed-fields.ts';
import { searchFiles } from '../src/build/view-model/page-data.ts';
import { serializeDataFiles } from './data-files.ts';
import { DIGEST_BYTES, keptTerms, searchTermsMemoWriter } from './search-terms-memo.ts';

/** A batch of articles' fields, packed (src/build/search/packed-fields.ts) and transferred to this thread. */
const PackedFieldsSchema = z.object({
  text: z.instanceof(Uint8Array),
  textEnds: z.instanceof(Uint32Array),
  fields: z.instanceof(Uint8Array),
  fieldEnds: z.instanceof(Uint32Array),
});

/** Each batch, numbered on from the last: every article's digest, DIGEST_BYTES each, and the fields of those whose
 * terms the memo does not keep, in the same order; or the end, answered with the files. */
export const SearchWorkInputSchema = z.union([
  z.object({ digests: z.instanceof(Uint8Array), articles: PackedFieldsSchema }),
  z.object({ finish: z.literal(true) }),
]);

/**
 * Where the terms memo is written, for which code key, and the last one's bytes as the build's main thread read them
 * (null in a clean build or without one): the thread keeps the terms of exactly the articles that thread sends
 * without their fields.
 */
export const SearchWorkSettingsSchema = z.object({
  memo: z.object({ file: z.string(), key: z.string(), last: z.instanceof(Uint8Array).nullable() }).nullable(),
});

export type SearchWorkSettings = z.infer<typeof SearchWorkSettingsSchema>;

/** The answer to the end: the index's files, and how many articles were indexed from their text or reused. */
export const SearchWorkFinishedSchema = z.object({
  files: z.array(z.object({ path: z.string(), text: z.string() })),
  indexed: z.number(),
  reused: z.number(),
});

export function searchIndexWork({ memo: memoFile }: SearchWorkSettings): (input: unknown) => unknown {
  // The main thread warned of a damaged memo, and sends every article's fields.
  let memo = memoFile?.last == null ? null : keptTerms(memoFile.last, memoFile.key);
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
      const fields = unpackFields(message.articles);
      const nextFields = () => {
        const next = fields.next();
        if (next.done === true) throw new Error('a batch left out the fields of an article whose terms are not kept');
        return next.value;
      };
      for (let at = 0; at < message.digests.length; at += DIGEST_BYTES) {
        const digest = message.digests.subarray(at, at + DIGEST_BYTES);
        const kept = memo?.lookup(digest);
        const terms =
          memo !== null && kept !== undefined ? builder.addTerms(kept, memo.from) : builder.add(nextFields());
        if (kept === undefined) indexed += 1;
        else reused += 1;
        writer?.add(digest, terms);
      }
      if (fields.next().done !== true) throw new Error('a batch sent the fields of an article whose terms are kept');
      return null;
    } catch (error) {
      failure ??= error instanceof Error ? error : new Error(String(error));
      writer?.abort();
      throw error;
    }
  };
}
