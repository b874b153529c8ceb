import type { ImageView } from '../../lib/content/model.ts';
import type { Image } from '../content/schema.ts';

/** Maps an image `src` from content to the address the browser loads. */
export type ImageUrlResolver = (src: string) => string;

export const keepImageUrl: ImageUrlResolver = (src) => src;

export function enhanceImage(image: Image, resolveUrl: ImageUrlResolver): ImageView {
  return {
    src: image.src === undefined ? null : resolveUrl(image.src),
    alt: image.alt,
    width: image.width,
    height: image.height,
    caption: image.caption ?? null,
    credit: image.credit ?? null,
  };
}
