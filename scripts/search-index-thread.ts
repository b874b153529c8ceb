/**
 * The search index, made on a thread of its own while the build's main thread makes the pages' jobs and the
 * feeds: on two cores that hides most of its seconds at 10,000 articles (docs/decisions/011-incremental-builds.md).
 * Only the articles' searchable text crosses to the thread, packed and transferred (packed-fields.ts), a batch at
 * a time as the articles' views are made, so that the thread indexes the first while the rest are made; only the
 * files come back.
 */
import { z } from 'zod';

import { searchFields, type SearchableArticle } from '../src/build/search/build-index.ts';
import { packFields } from '../src/build/search/packed-fields.ts';
import { articleNumber } from '../src/lib/content/pagination.ts';
import { SearchWorkFinishedSchema, type SearchWorkSettings } from './search-index-work.ts';
import { searchTermsMemoFile } from './search-terms-memo.ts';
import { startWorkerThread } from './worker-thread.ts';

export type SearchIndexFiles = z.infer<typeof SearchWorkFinishedSchema>;

/** The terms memo (search-terms-memo.ts): in `cacheDir`, for code `key`, and not read by a clean build. */
export type SearchMemoSettings = { cacheDir: string; clean: boolean; key: string };

/** Articles a batch: the thread starts on the first after a few milliseconds of views, and a batch is a small message. */
const BATCH_ARTICLES = 1_000;

/**
 * The search index's files, made by `workerScript` (the server bundle's search-index-worker.js) from `count`
 * articles, the nth in the site's order of which `article(n)` gives: each is asked for once before this returns,
 * from the oldest, as the index numbers them (pagination.ts: articleNumber).
 */
export function searchIndexOnThread(
  workerScript: string,
  count: number,
  article: (number: number) => SearchableArticle,
  memo: SearchMemoSettings,
): Promise<SearchIndexFiles> {
  const workerData: SearchWorkSettings = {
    memo: { file: searchTermsMemoFile(memo.cacheDir), read: !memo.clean, key: memo.key },
  };
  const thread = startWorkerThread(workerScript, { workerData }, z.union([z.null(), SearchWorkFinishedSchema]));
  for (let start = 0; start < count; start += BATCH_ARTICLES) {
    const end = Math.min(start + BATCH_ARTICLES, count);
    // One article's fields at a time: the text is held only once, packed.
    const packed = packFields(
      (function* fields() {
        for (let number = start; number < end; number += 1) yield searchFields(article(articleNumber(number, count)));
      })(),
    );
    const transfer = [packed.text.buffer, packed.textEnds.buffer, packed.fields.buffer, packed.fieldEnds.buffer];
    // A batch's failure is the thread's, which fails the finish below with its own error.
    thread.ask({ articles: packed }, transfer).catch(() => undefined);
  }
  return thread.ask({ finish: true }).then(
    (finished) => {
      thread.stop();
      if (finished === null) throw new Error(`${workerScript} answered the end of the articles without the files`);
      return finished;
    },
    (error: unknown) => {
      thread.stop();
      throw error;
    },
  );
}
