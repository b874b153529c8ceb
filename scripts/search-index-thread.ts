/**
 * The search index, made on a thread of its own while the build's main thread makes the pages' jobs and the
 * feeds: on two cores that hides its two seconds at 10,000 articles (docs/decisions/011-incremental-builds.md).
 * Only the articles' searchable text crosses to the thread, packed and transferred (packed-fields.ts), and only
 * the files come back.
 */
import { z } from 'zod';

import { searchFields, type SearchableArticle } from '../src/build/search/build-index.ts';
import { packFields } from '../src/build/search/packed-fields.ts';
import type { SerializedFile } from './data-files.ts';
import { runWorkerThread } from './worker-thread.ts';

const FilesSchema = z.array(z.object({ path: z.string(), text: z.string() }));

/** The search index's files, made by `workerScript` (the server bundle's search-index-worker.js). */
export function searchIndexOnThread(
  workerScript: string,
  articles: readonly SearchableArticle[],
): Promise<SerializedFile[]> {
  // One article's fields at a time: the text is held only once, packed.
  const packed = packFields(
    (function* fields() {
      for (const article of articles) yield searchFields(article);
    })(),
  );
  const transferList = [packed.text.buffer, packed.textEnds.buffer, packed.fields.buffer, packed.fieldEnds.buffer];
  return runWorkerThread(workerScript, { workerData: packed, transferList }, FilesSchema);
}
