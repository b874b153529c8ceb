/**
 * How far the build lets V8's heaps grow past what survived their last full collection, by the archive's size.
 *
 * V8 lets a heap grow to two to four times its live size before it collects it again. At 100,000 articles the main
 * thread keeps about 1 GB alive (the content and its views) and makes about 1.5 GB of garbage (the pages' jobs) in
 * the forty seconds between two collections, so its heap swung between 1.0 and 2.5 GB, and a clean build peaked at
 * 3,753–4,016 MiB in four runs: over the 4 GB issue 15 allows in three. Growing by half at most from the first
 * collection on, it peaked at 3,501–3,779 MiB in five, for 20–30 s more of a build of two to three minutes (more,
 * shorter collections, in the render workers too). At 10,000 articles the same setting cost a clean build 6 s and an
 * edit 0.5 s, for memory the build has plenty of: it applies to large archives only. The flag is the process's, so it
 * is set before the content is read and before any thread starts.
 */
import { setFlagsFromString } from 'node:v8';

/** From this many articles on, the build's peak memory matters more than its last seconds. */
export const LARGE_ARCHIVE = 50_000;

/** The heap growth, in percent past the live size, for an archive of `articles`; null: V8's own. */
export function heapGrowthPercent(articles: number): number | null {
  return articles >= LARGE_ARCHIVE ? 50 : null;
}

/** Sets the growth for every heap of the process, this thread's and those of the threads it starts from now on. */
export function limitHeapGrowth(articles: number): void {
  const percent = heapGrowthPercent(articles);
  if (percent !== null) setFlagsFromString(`--heap-growing-percent=${percent}`);
}
