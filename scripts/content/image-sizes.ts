/**
 * The sizes of a content folder's images, kept between reads: an image whose JSON leaves out its width and height
 * is sized from its file (image-file.ts), and opening each file with sharp took about a millisecond, ten seconds of
 * every build and dev start for a newsroom's 10,000 photos. A size is kept with its file's stamp (inode, size,
 * modification and change times, as content files are compared: content-file.ts), and used only while the file
 * still has that stamp. The store is a file in `node_modules/.cache/broadsheet/image-sizes/`, one per content
 * folder, replaced by a rename; a damaged one is reported and read again from the images.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';

import { z } from 'zod';

import type { ImageSize } from '../../src/build/content/schema.ts';
import { readCacheFile, writeAtomically } from '../page-cache.ts';

const VERSION = 1;
const SizesSchema = z.object({
  version: z.literal(VERSION),
  sizes: z.record(z.string(), z.object({ stamp: z.string(), width: z.number(), height: z.number() })),
});
type Sizes = z.infer<typeof SizesSchema>['sizes'];

/** Where the sizes of `contentDir`'s images are kept. */
export function imageSizesFile(projectRoot: string, contentDir: string): string {
  const folder = createHash('sha256').update(path.resolve(contentDir)).digest('hex').slice(0, 12);
  return path.join(projectRoot, 'node_modules/.cache/broadsheet/image-sizes', `${folder}.json`);
}

export type ImageSizes = {
  /** The size kept for `src` when its file's stamp is `stamp`. */
  lookup: (src: string, stamp: string) => ImageSize | undefined;
  remember: (src: string, stamp: string, size: ImageSize) => void;
  /** Writes what this read used, when it differs from what was read: images no longer used leave the file. */
  save: (used: Iterable<string>) => void;
};

export function imageSizes(file: string): ImageSizes {
  const damaged = `warning: the image sizes kept in ${file} are damaged; every image is sized from its file again`;
  let kept: Sizes = readCacheFile(file, SizesSchema, VERSION, damaged)?.sizes ?? {};
  let changed = false;
  return {
    lookup(src, stamp) {
      const entry = kept[src];
      return entry?.stamp === stamp ? { width: entry.width, height: entry.height } : undefined;
    },
    remember(src, stamp, size) {
      kept[src] = { stamp, ...size };
      changed = true;
    },
    save(used) {
      const sizes: Sizes = {};
      for (const src of used) {
        const entry = kept[src];
        if (entry !== undefined) sizes[src] = entry;
      }
      if (!changed && Object.keys(sizes).length === Object.keys(kept).length) return;
      writeAtomically(file, JSON.stringify({ version: VERSION, sizes }));
      kept = sizes;
      changed = false;
    },
  };
}
