/**
 * Remote images' sizes, remembered between imports (node_modules/.cache/broadsheet/ghost-image-sizes.json by
 * default): a second import of the same site asks no server again. Only sizes that were learned are kept; a failure
 * (offline, say) is tried again next time.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { z } from 'zod';

import type { ImageSize } from '../../src/build/content/schema.ts';

const CacheFileSchema = z.object({
  version: z.literal(1),
  sizes: z.record(z.string(), z.tuple([z.int().positive(), z.int().positive()])),
});

export type SizeCache = {
  get: (url: string) => ImageSize | undefined;
  set: (url: string, size: ImageSize) => void;
  /** Writes the cache if anything was added; a cache that cannot be written is only a slower next import. */
  save: () => void;
};

export function defaultCacheFile(projectRoot: string): string {
  return path.join(projectRoot, 'node_modules', '.cache', 'broadsheet', 'ghost-image-sizes.json');
}

function load(file: string): Map<string, ImageSize> {
  try {
    const parsed = CacheFileSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    if (!parsed.success) return new Map();
    return new Map(Object.entries(parsed.data.sizes).map(([url, [width, height]]) => [url, { width, height }]));
  } catch {
    return new Map();
  }
}

export function openSizeCache(file: string | null): SizeCache {
  const sizes = file === null ? new Map<string, ImageSize>() : load(file);
  let changed = false;
  return {
    get: (url) => sizes.get(url),
    set: (url, size) => {
      sizes.set(url, size);
      changed = true;
    },
    save: () => {
      if (file === null || !changed) return;
      const entries = [...sizes.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      const json = {
        version: 1,
        sizes: Object.fromEntries(entries.map(([url, size]) => [url, [size.width, size.height]])),
      };
      try {
        mkdirSync(path.dirname(file), { recursive: true });
        const scratch = `${file}.${process.pid}`;
        writeFileSync(scratch, `${JSON.stringify(json, null, 2)}\n`);
        renameSync(scratch, file);
      } catch {
        // Only the next import's speed depends on it.
      }
    },
  };
}
