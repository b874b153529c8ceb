/**
 * The search index, made on a thread of its own while the build's main thread makes the pages' jobs and the
 * feeds: on two cores that hides its two seconds at 10,000 articles (docs/decisions/011-incremental-builds.md).
 * Only the articles' searchable text crosses to the thread, and only the files come back.
 */
import { Worker } from 'node:worker_threads';

import { z } from 'zod';

import { searchFields } from '../src/build/search/build-index.ts';
import type { ArticleView } from '../src/lib/content/model.ts';
import type { SerializedFile } from './data-files.ts';

const ResultSchema = z.union([
  z.object({ ok: z.literal(true), files: z.array(z.object({ path: z.string(), text: z.string() })) }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);

/** The search index's files, made by `workerScript` (the server bundle's search-index-worker.js). */
export function searchIndexOnThread(workerScript: string, articles: readonly ArticleView[]): Promise<SerializedFile[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerScript, { workerData: articles.map(searchFields) });
    worker.once('message', (message: unknown) => {
      void worker.terminate();
      const result = ResultSchema.safeParse(message);
      if (!result.success) reject(new Error(`the search index's thread answered ${String(message)}`));
      else if (result.data.ok) resolve(result.data.files);
      else reject(new Error(result.data.error));
    });
    worker.once('error', reject);
  });
}
