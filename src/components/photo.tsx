import type { DrawnImage } from '../lib/content/model.ts';
import { IMAGE_SIZES, type ImagePlacement } from '../lib/images/image-sizes.ts';
import { Picture } from './picture.tsx';

type PhotoProps = {
  /** An article's photo, or a list's thumbnail of it. */
  image: DrawnImage;
  /** Where the photo is drawn, which sets the variant the browser picks; the lead photo also loads first. */
  placement: ImagePlacement;
  className?: string;
};

/**
 * A photo at its aspect ratio, so nothing shifts when it loads. The lead
 * photo loads eagerly and first (its preload is in the prerendered head), as
 * does the home's featured photo, the largest paint of its first screen;
 * every other waits until it is near the viewport. Nothing when the photo is
 * not available: an empty box the size of a photo would only push the story
 * down (content format 1.1); Figure says so in words instead.
 */
export function Photo({ image, placement, className = '' }: PhotoProps) {
  if (image.file === null) return null;
  return (
    <Picture
      file={image.file}
      sizes={IMAGE_SIZES[placement]}
      alt={image.alt}
      width={image.width}
      height={image.height}
      priority={placement === 'lead' || placement === 'featured'}
      tone={image.tone}
      className={`block ${className}`}
      imageClassName="block h-auto w-full"
    />
  );
}
