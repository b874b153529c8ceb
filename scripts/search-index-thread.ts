/**
 * The search index, made on a thread of its own while the build's main thread makes the pages' jobs and the
 * feeds: on two cores that hides most of its seconds at 10,000 articles (docs/decisions/011-incremental-builds.md).
 * This thread reads the last build's terms (search-terms-memo.ts) and moves them to the search thread; then each
 * article's source digest (article-digests.ts) crosses to it, with the searchable text of only the articles whose
 * terms were not kept, packed and transferred (packed-fields.ts), a batch at a time, so that the thread indexes the
 * first while the rest are made. An article whose terms are kept never has its text made. Only the files come back.
 */
import { z } from 'zod';

import { searchFields, type SearchableArticle } from '../src/build/search/build-index.ts';
import { packFields } from '../src/build/search/packed-fields.ts';
import { articleNumber } from '../src/lib/content/pagination.ts';
import { SearchWorkFinishedSchema, type SearchWorkSettings } from './search-index-work.ts';
import { DIGEST_BYTES, readSearchTermsMemo, searchTermsMemoFile } from './search-terms-memo.ts';
import { startWorkerThread } from './worker-thread.ts';

export type SearchIndexFiles = z.infer<typeof SearchWorkFinishedSchema>;

/** The terms memo (search-terms-memo.ts): in `cacheDir`, for code `key`, and not read by a clean build. */
export type SearchMemoSettings = { cacheDir: string; clean: boolean; key: string };

/** Articles a batch: the thread starts on the first after a few milliseconds of views, and a batch is a small message. */
const BATCH_ARTICLES = 1_000;

/** `bytes` in a buffer of their own, which can be moved to a thread: a small file's share Node's pool with others. */
function wholeBuffer(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return bytes.byteOffset === 0 && bytes.buffer instanceof ArrayBuffer && bytes.byteLength === bytes.buffer.byteLength
    ? new Uint8Array(bytes.buffer)
    : new Uint8Array(bytes);
}

/**
 * The search index's files, made by `workerScript` (the server bundle's search-index-worker.js) from `count`
 * articles, the nth in the site's order of which `article(n)` gives and `digest(n)` keys (article-digests.ts). Each
 * article is asked for at most once, from the oldest, as the index numbers them (pagination.ts: articleNumber), and
 * only if its terms were not kept.
 */
export async function searchIndexOnThread(
  workerScript: string,
  count: number,
  { article, digest }: { article: (number: number) => SearchableArticle; digest: (number: number) => Uint8Array },
  memo: SearchMemoSettings,
): Promise<SearchIndexFiles> {
  const last = memo.clean ? null : readSearchTermsMemo(searchTermsMemoFile(memo.cacheDir), memo.key);
  // Moved to the thread, which holds the memo from then on; `last.memo.has` still answers here.
  const bytes = last === null ? null : wholeBuffer(last.bytes);
  const workerData: SearchWorkSettings = {
    memo: { file: searchTermsMemoFile(memo.cacheDir), key: memo.key, last: bytes },
  };
  const thread = startWorkerThread(
    workerScript,
    { workerData, transferList: bytes === null ? [] : [bytes.buffer] },
    z.union([z.null(), SearchWorkFinishedSchema]),
  );
  try {
    for (let start = 0; start < count; start += BATCH_ARTICLES) {
      const end = Math.min(start + BATCH_ARTICLES, count);
      const digests = new Uint8Array((end - start) * DIGEST_BYTES);
      const unknown: number[] = [];
      for (let number = start; number < end; number += 1) {
        const own = digest(articleNumber(number, count)).subarray(0, DIGEST_BYTES);
        digests.set(own, (number - start) * DIGEST_BYTES);
        if (last?.memo.has(own) !== true) unknown.push(number);
      }
      // One article's fields at a time: the text is held only once, packed.
      const packed = packFields(
        (function* fields() {
          for (const number of unknown) yield searchFields(article(articleNumber(number, count)));
        })(),
      );
      const transfer = [digests.buffer, packed.text.buffer, packed.textEnds.buffer, packed.fields.buffer];
      // A batch's failure is the thread's, which fails the finish below with its own error.
      thread.ask({ digests, articles: packed }, [...transfer, packed.fieldEnds.buffer]).catch(() => undefined);
    }
    const finished = await thread.ask({ finish: true });
    if (finished === null) throw new Error(`${workerScript} answered the end of the articles without the files`);
    return finished;
  } finally {
    thread.stop();
  }
}
