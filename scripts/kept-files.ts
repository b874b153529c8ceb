/**
 * Files a build writes whole from a key and keeps when nothing they are made from changed
 * (docs/decisions/011-incremental-builds.md): the feeds (at 10,000 articles the site's and 300 tags' feeds took
 * 0.5–0.6 s of every build, an edit of one article among them, to make the same files again), the photos'
 * variants (reading each one from the cache and again from the output took about half a millisecond a file: ten
 * seconds of every build for 2,000 photos of twelve variants each) and the shared data files, whose key is their
 * own hash (reading the output's copies to compare them took 0.3 s of every 10,000-article build).
 *
 * A file stays as the last build wrote it when its key, the hash of everything it is made from, is the one
 * recorded, and its file in the output is still the one recorded after that build's commit (the same inode, size
 * and modification time, as for pages: scripts/page-cache.ts). The entries are written only once the output is
 * committed: a build that fails, or dies before, leaves entries that no longer match the files.
 */
import path from 'node:path';

import { z } from 'zod';

import {
  PageCacheEntrySchema,
  fileStamp,
  isSameFile,
  readCacheFile,
  writeAtomically,
  writtenFile,
} from './page-cache.ts';

const EntrySchema = z.object({ key: z.string(), written: PageCacheEntrySchema.shape.written });
type Entry = z.infer<typeof EntrySchema>;

/** What a warning calls each record. */
const WHAT = { feeds: "the feeds' cache", variants: "the photos' variants record", data: "the data files' record" };

/** 2: one format for every kind (the feeds' own file was version 1). */
const VERSION = 2;
const KeptSchema = z.object({ version: z.literal(VERSION), files: z.record(z.string(), EntrySchema) });

export type KeptFiles = {
  /** Whether the output's `file` is the one `key` describes, as the last build left it. */
  isCurrent: (file: string, key: string) => boolean;
  /**
   * This build's files by name, once the output is committed: each file's identity is recorded with its key. Never
   * throws: a record that cannot be written is a warning.
   */
  record: (keys: ReadonlyMap<string, string>) => void;
};

/**
 * The record of `kind` ('feeds', 'variants', 'data') for the output `outDir`, kept in `dir` (the page cache's folder);
 * `clean` ignores it.
 */
export function keptFiles(
  kind: 'feeds' | 'variants' | 'data',
  dir: string,
  outDir: string,
  { clean = false }: { clean?: boolean } = {},
): KeptFiles {
  const file = path.join(dir, `${kind}.json`);
  const damaged = `warning: ${WHAT[kind]} in ${dir} is damaged; every one is made again`;
  const previous = clean ? {} : (readCacheFile(file, KeptSchema, VERSION, damaged)?.files ?? {});
  return {
    isCurrent(name, key) {
      const entry = previous[name];
      return entry?.key === key && isSameFile(fileStamp(path.join(outDir, name)), entry.written);
    },
    record(keys) {
      // After the commit the output is already the new one: a record that cannot be written (a disk full, a file
      // removed by hand since) is a warning, not the build's failure. The record left as it was names files the
      // output no longer has, so isCurrent makes those again.
      try {
        const entries: Record<string, Entry> = {};
        for (const [name, key] of keys) entries[name] = { key, written: writtenFile(path.join(outDir, name)) };
        writeAtomically(file, JSON.stringify({ version: VERSION, files: entries }));
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        console.warn(
          `warning: ${WHAT[kind]} in ${dir} could not be written (${reason}); the next build makes them again`,
        );
      }
    },
  };
}
