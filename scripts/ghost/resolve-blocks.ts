/**
 * Draft blocks with their images resolved (resolve-images.ts). An image whose size cannot be learned, or that
 * cannot be found, is dropped and reported, and the rest of the post is kept. A gallery keeps 2 to 12 pictures:
 * a longer one is split, one left alone is an image.
 */
import type { Block, Image } from './content-types.ts';
import type { DraftBlock, DraftImage, Note } from './draft-blocks.ts';
import type { ImageResolver } from './resolve-images.ts';

export const GALLERY_MAX = 12;

export type ImageCounter = (origin: 'copied' | 'remote' | 'dropped') => void;

/**
 * One image resolved, or null when it is dropped; the report names the image's `field` ("feature image", "avatar", …)
 * so that a person can find it in Ghost.
 */
export function resolveOne(resolve: ImageResolver, note: Note, count: ImageCounter, field: string) {
  return async (draft: DraftImage): Promise<Image | null> => {
    const resolved = await resolve(draft);
    if (resolved.ok) {
      count(resolved.origin);
      return resolved.image;
    }
    count('dropped');
    note(`${field} ${resolved.reason}`);
    return null;
  };
}

function galleryBlocks(images: Image[], caption: string | undefined): Block[] {
  if (images.length === 0) return [];
  const [only] = images;
  if (images.length === 1 && only !== undefined)
    return [{ type: 'image', ...only, ...(only.caption === undefined && caption !== undefined ? { caption } : {}) }];
  const chunks: Image[][] = [];
  for (let start = 0; start < images.length; start += GALLERY_MAX)
    chunks.push(images.slice(start, start + GALLERY_MAX));
  // A last chunk of one joins the one before it, taking one back so that neither has fewer than two.
  const last = chunks.at(-1);
  const before = chunks.at(-2);
  if (last !== undefined && before !== undefined && last.length === 1) {
    const moved = before.pop();
    if (moved !== undefined) last.unshift(moved);
  }
  return chunks.map((chunk, index) => ({
    type: 'gallery',
    images: chunk,
    ...(index === chunks.length - 1 && caption !== undefined ? { caption } : {}),
  }));
}

export async function resolveBlocks(
  drafts: readonly DraftBlock[],
  resolve: ImageResolver,
  note: Note,
  count: ImageCounter,
): Promise<Block[]> {
  const one = resolveOne(resolve, note, count, 'image');
  const picture = resolveOne(resolve, note, count, 'gallery image');
  const resolved = await Promise.all(
    drafts.map(async (draft): Promise<Block[]> => {
      if (typeof draft === 'string') return [draft];
      if (draft.type === 'image') {
        const image = await one(draft.image);
        return image === null ? [] : [{ type: 'image', ...image }];
      }
      if (draft.type === 'gallery') {
        const images = (await Promise.all(draft.images.map(picture))).flatMap((image) => image ?? []);
        if (draft.images.length > GALLERY_MAX)
          note(`gallery of ${draft.images.length} pictures split into galleries of at most ${GALLERY_MAX}`);
        return galleryBlocks(images, draft.caption);
      }
      return [draft];
    }),
  );
  return resolved.flat();
}
