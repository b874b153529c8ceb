/**
 * The feeds of the last build, so that a build renders only the feeds whose items changed
 * (docs/decisions/011-incremental-builds.md). At 10,000 articles the site's and 300 tags' feeds took 0.5–0.6 s
 * of every build, an edit of one article among them, to make the same files again.
 *
 * A feed stays as the last build wrote it when its key, the hash of the code and of every text it is rendered
 * from, is the one recorded, and its file in the output is still the one recorded after that build's commit (the
 * same inode, size and modification time, as for pages: scripts/page-cache.ts). The entries are written only once
 * the output is committed: a build that fails, or dies before, leaves entries that no longer match the files.
 */
import path from 'node:path';

import { z } from 'zod';

import { PageCacheEntrySchema, isSameFile, readCacheFile, writeAtomically, writtenFile } from './page-cache.ts';

const FeedEntrySchema = z.object({ key: z.string(), written: PageCacheEntrySchema.shape.written });
type FeedEntry = z.infer<typeof FeedEntrySchema>;

const FEEDS_VERSION = 1;
const FeedsSchema = z.object({ version: z.literal(FEEDS_VERSION), feeds: z.record(z.string(), FeedEntrySchema) });

const feedsFile = (dir: string) => path.join(dir, 'feeds.json');

export type FeedCache = {
  /** Whether the output's `file` is the feed `key` describes, as the last build left it. */
  isCurrent: (file: string, key: string) => boolean;
  /** This build's feeds by file, once the output is committed: each file's identity is recorded with its key. */
  record: (keys: ReadonlyMap<string, string>) => void;
};

/** The feeds' cache for the output `outDir`, kept in `dir` (the page cache's folder); `clean` ignores it. */
export function feedCache(dir: string, outDir: string, { clean = false }: { clean?: boolean } = {}): FeedCache {
  const damaged = `warning: the feeds' cache in ${dir} is damaged; every feed is rendered again`;
  const previous = clean ? {} : (readCacheFile(feedsFile(dir), FeedsSchema, FEEDS_VERSION, damaged)?.feeds ?? {});
  return {
    isCurrent(file, key) {
      const entry = previous[file];
      return entry?.key === key && isSameFile(path.join(outDir, file), entry.written);
    },
    record(keys) {
      const feeds: Record<string, FeedEntry> = {};
      for (const [file, key] of keys) feeds[file] = { key, written: writtenFile(path.join(outDir, file)) };
      writeAtomically(feedsFile(dir), JSON.stringify({ version: FEEDS_VERSION, feeds }));
    },
  };
}
