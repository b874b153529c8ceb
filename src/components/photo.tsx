import type { ImageView } from '../lib/content/model.ts';

type PhotoProps = {
  image: ImageView;
  /** The lead photo loads eagerly and first; others wait until near the viewport. */
  priority?: boolean;
  className?: string;
};

/**
 * A photo at its aspect ratio. Width and height attributes reserve the space,
 * so nothing shifts when it loads. Nothing when the photo is not available:
 * an empty box the size of a photo would only push the story down (content
 * format 1.1); Figure says so in words instead.
 */
export function Photo({ image, priority = false, className = '' }: PhotoProps) {
  if (image.src === null) return null;
  return (
    <img
      src={image.src}
      alt={image.alt}
      width={image.width}
      height={image.height}
      loading={priority ? 'eager' : 'lazy'}
      decoding="async"
      fetchPriority={priority ? 'high' : 'auto'}
      className={`block h-auto w-full bg-placeholder ${className}`}
    />
  );
}
