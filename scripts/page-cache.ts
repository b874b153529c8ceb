/**
 * What the last build rendered, so that a build renders only the pages whose
 * inputs changed (docs/decisions/011-incremental-builds.md).
 *
 * A page is reused when three things are as they were:
 * - its key: the code (the bundle cache's code key and the server bundle's
 *   files), the page template (which holds the CSP and the client build's
 *   file names), the base path, the site's details and the page's own
 *   address, kind and data (an article's page: what its data is made from,
 *   scripts/article-digests.ts);
 * - every data file its render read, by content hash (recorded while it
 *   rendered, so nothing needs to know which files a view reads);
 * - the file the last build wrote for it, in the output: the same inode,
 *   size and modification time as recorded when it was written. The file
 *   then stays where it is, not read or copied: an unchanged page costs a
 *   hash of its data and a stat.
 *
 * The manifest lives in node_modules/.cache/broadsheet/pages/<site>/ and is
 * replaced by a rename, so no reader sees half of it. Anything that does not
 * check out (a manifest that does not parse, an output file edited, replaced
 * or missing, a build that failed after writing its manifest and so never
 * became the output) is treated as absent: the page is rendered again, never
 * served wrong.
 */
import { createHash, randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { z } from 'zod';

import { DATA_DIR } from '../src/lib/content/data-paths.ts';

import type { FileStamp, OutputSnapshot } from './output-snapshot.ts';

export const PageCacheEntrySchema = z.object({
  /** The hash of everything the page was rendered from, except the data files it read. */
  key: z.string(),
  /** Each data file the render read: its content hash, or null when it did not exist. */
  reads: z.record(z.string(), z.string().nullable()),
  /** The file written for the page, as it was once written: reused only if it is still that file. */
  written: z.object({ ino: z.number(), size: z.number(), mtimeMs: z.number() }),
});
export type PageCacheEntry = z.infer<typeof PageCacheEntrySchema>;

const MANIFEST_VERSION = 2;
const ManifestSchema = z.object({
  version: z.literal(MANIFEST_VERSION),
  pages: z.record(z.string(), PageCacheEntrySchema),
});

export type PageEntries = Record<string, PageCacheEntry>;

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** One store per content folder and output folder: dist/, dist-news/ and dist-fixture/ each keep their own. */
export function pageCacheDir(root: string, contentDir: string, outDir: string): string {
  const site = sha256(`${path.resolve(contentDir)}\0${path.resolve(outDir)}`).slice(0, 16);
  return path.join(root, 'node_modules/.cache/broadsheet/pages', site);
}

const manifestFile = (dir: string) => path.join(dir, 'manifest.json');

/** Writes `text` under `file` by a rename, so that no reader, nor another build, sees it half-written. */
export function writeAtomically(file: string, text: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const scratch = `${file}.${process.pid}-${randomUUID()}.tmp`;
  writeFileSync(scratch, text);
  renameSync(scratch, file);
}

/** The pages of the last build, or none when there is no manifest or it does not check out. */
export function readPageEntries(dir: string): PageEntries {
  const damaged = `warning: the page cache's manifest in ${dir} is damaged; every page is rendered again`;
  return readCacheFile(manifestFile(dir), ManifestSchema, MANIFEST_VERSION, damaged)?.pages ?? {};
}

/**
 * A file a build keeps in its cache, as `schema` (which names its `version`) checks it, or null: when it is
 * missing or another version's (an older build's, not damaged), silently; when it is damaged, after `warning`.
 */
export function readCacheFile<T>(file: string, schema: z.ZodType<T>, version: number, warning: string): T | null {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return null;
  }
  try {
    const json: unknown = JSON.parse(text);
    const parsed = schema.safeParse(json);
    if (parsed.success) return parsed.data;
    if (z.object({ version: z.number().refine((other) => other !== version) }).safeParse(json).success) return null;
  } catch {
    // Not JSON: damaged, below.
  }
  console.warn(warning);
  return null;
}

export function writePageEntries(dir: string, pages: PageEntries): void {
  writeAtomically(manifestFile(dir), JSON.stringify({ version: MANIFEST_VERSION, pages }));
}

/** What identifies a file as the one written: its inode, size and modification time. */
export function writtenFile(file: string): PageCacheEntry['written'] {
  const { ino, size, mtimeMs } = statSync(file);
  return { ino, size, mtimeMs };
}

/** A file's stamp as it is now, or undefined when it is gone or cannot be stated (it is then made again). */
export function fileStamp(file: string): FileStamp | undefined {
  try {
    const { ino, size, mtimeMs } = statSync(file);
    return { ino, size, mtimeMs };
  } catch {
    return undefined;
  }
}

/** Whether a file stamped `now` (undefined: gone) is still the file `written` describes (not edited or replaced). */
export function isSameFile(now: FileStamp | undefined, written: PageCacheEntry['written']): boolean {
  return now?.ino === written.ino && now.size === written.size && now.mtimeMs === written.mtimeMs;
}

/**
 * What every page's key shares: the code that makes jobs and renders them, the page template, the base path,
 * the site's details (the heads' site name and feeds) and the views' chunks (the app files).
 */
export function buildInputsHash(inputs: {
  /** scripts/bundle-cache.ts's code key: every source file, the lockfile and the settings the bundles read. */
  codeKey: string;
  /** The server bundle's files (Renderer.codeHash). */
  rendererHash: string;
  template: string;
  base: string;
  site: unknown;
  chunks: ReadonlyMap<string, string>;
}): string {
  const { codeKey, rendererHash, template, base, site, chunks } = inputs;
  return sha256(JSON.stringify([codeKey, rendererHash, sha256(template), base, site, [...chunks]]));
}

/**
 * A page's key: what its job is made from (buildInputsHash, its address, its kind and `data`), hashed before the
 * job is made. `data` is the page's data as JSON, which is its island's text, or for an article's page the digest
 * of what that data is made from (prerender.ts; scripts/article-digests.ts), so that a page that stays costs no
 * head, island or app files that would be thrown away, and an article's page not even its view.
 */
export function pageKey(buildInputs: string, pathname: string, kind: string, data: string): string {
  return createHash('sha256').update(`${buildInputs}\0${pathname}\0${kind}\0`).update(data).digest('hex');
}

/** What this build is, for deciding whether a page can stay as the last build wrote it. */
export type ReuseContext = {
  /** The output as the last build left it (output-snapshot.ts). */
  output: Pick<OutputSnapshot, 'stampOf'>;
  /** This build's shared data files by content hash (scripts/data-files.ts). */
  dataHashes: Readonly<Record<string, string>>;
  /** Every page with data, as pageFileUrl writes it. */
  pagesWithData: ReadonlySet<string>;
};

/**
 * Whether the last build's file for a page, in the output, can stay: the page's key, every file its render read
 * (a shared data file with the same hash, a page that is still missing) and the file itself are as they were.
 */
export function isReusable(
  entry: PageCacheEntry | undefined,
  key: string,
  file: string,
  { output, dataHashes, pagesWithData }: ReuseContext,
): entry is PageCacheEntry {
  if (entry?.key !== key) return false;
  for (const [dataPath, hash] of Object.entries(entry.reads)) {
    if (dataPath.startsWith(`${DATA_DIR}/`)) {
      if ((dataHashes[dataPath] ?? null) !== hash) return false;
    } else if (pagesWithData.has(dataPath)) {
      // A page it found missing, which must still be missing.
      return false;
    }
  }
  return isSameFile(output.stampOf(file), entry.written);
}
