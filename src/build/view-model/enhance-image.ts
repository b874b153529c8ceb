import type { ImageFile, ImageView } from '../../lib/content/model.ts';
import type { Image } from '../content/schema.ts';

/** What the browser loads for an image `src` from content, and the placeholder tone shown while it loads. */
export type ResolvedImage = { file: ImageFile; tone: number | null };

/** Maps an image `src` from content to what the browser loads (scripts/images/ for the content folder's files). */
export type ImageResolver = (src: string) => ResolvedImage;

/** Every image at its own address: a remote `https:` image as it is (and, in unit tests, a path too). */
export const singleImage: ImageResolver = (src) => ({ file: { kind: 'single', src }, tone: null });

export function enhanceImage(image: Image, resolveImage: ImageResolver): ImageView {
  const resolved = image.src === undefined ? null : resolveImage(image.src);
  return {
    file: resolved?.file ?? null,
    alt: image.alt,
    width: image.width,
    height: image.height,
    caption: image.caption ?? null,
    credit: image.credit ?? null,
    tone: resolved?.tone ?? null,
  };
}
