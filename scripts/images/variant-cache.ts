/**
 * Encoded variants kept between builds in `node_modules/.cache/broadsheet/images/`: one folder per image and
 * settings (the key), holding each variant and a manifest of their SHA-256 hashes. An entry is written whole or not
 * at all (a scratch folder renamed into place), so two builds at once cannot interleave, and a read checks every
 * file against the manifest, so a truncated or altered file is encoded again, never published.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';

import { z } from 'zod';

const MANIFEST = 'manifest.json';

/** Scratch folders of builds that died: left to their own build while young, cleared once older than this. */
const STALE_SCRATCH_MS = 60 * 60 * 1000;

const ManifestSchema = z.object({ files: z.record(z.string(), z.string()) });

function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export type VariantCache = {
  dir: string;
  /** The entry's files by name, when every one named is there and intact; null otherwise. */
  read(key: string, names: readonly string[]): Promise<Map<string, Buffer> | null>;
  write(key: string, files: ReadonlyMap<string, Buffer>): Promise<void>;
  /** The path of a file in an entry, to copy into the output. */
  pathOf(key: string, name: string): string;
  /** Removes every entry not in `keep`: the variants of photos that changed or left the content. */
  prune(keep: ReadonlySet<string>): Promise<number>;
};

export function variantCache(dir: string): VariantCache {
  const entryDir = (key: string) => path.join(dir, key);

  async function read(key: string, names: readonly string[]): Promise<Map<string, Buffer> | null> {
    try {
      const manifest = ManifestSchema.parse(JSON.parse(await readFile(path.join(entryDir(key), MANIFEST), 'utf8')));
      const files = new Map<string, Buffer>();
      for (const name of names) {
        const expected = manifest.files[name];
        if (expected === undefined) return null;
        const bytes = await readFile(path.join(entryDir(key), name));
        if (sha256(bytes) !== expected) return null;
        files.set(name, bytes);
      }
      return files;
    } catch {
      // Missing, unreadable or not a manifest: encode again.
      return null;
    }
  }

  return {
    dir,
    read,

    async write(key, files) {
      const scratch = path.join(dir, `${key}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`);
      await mkdir(scratch, { recursive: true });
      const manifest: Record<string, string> = {};
      for (const [name, bytes] of files) {
        await writeFile(path.join(scratch, name), bytes);
        manifest[name] = sha256(bytes);
      }
      await writeFile(path.join(scratch, MANIFEST), JSON.stringify({ files: manifest }));
      try {
        await rename(scratch, entryDir(key));
        return;
      } catch {
        // Another build wrote this entry meanwhile: as good as ours if it is intact. A corrupt one is replaced.
      }
      if ((await read(key, [...files.keys()])) === null) {
        await rm(entryDir(key), { recursive: true, force: true });
        try {
          await rename(scratch, entryDir(key));
          return;
        } catch {
          // Lost the race a second time: the winner's entry is checked on the next read.
        }
      }
      await rm(scratch, { recursive: true, force: true });
    },

    pathOf(key, name) {
      return path.join(entryDir(key), name);
    },

    async prune(keep) {
      let removed = 0;
      const names = await readdir(dir).catch(() => []);
      for (const name of names) {
        const scratch = name.includes('.tmp-');
        if (!scratch && keep.has(name)) continue;
        if (scratch) {
          // Gone since the listing: its build renamed it into place (or cleared it) meanwhile. Nothing to remove.
          const info = await stat(path.join(dir, name)).catch(() => null);
          if (info === null || Date.now() - info.mtimeMs < STALE_SCRATCH_MS) continue;
        }
        await rm(path.join(dir, name), { recursive: true, force: true });
        removed += 1;
      }
      return removed;
    },
  };
}
