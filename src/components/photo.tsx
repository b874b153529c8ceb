import type { ImageView } from '../lib/content/model.ts';

type PhotoProps = {
  image: ImageView;
  /** The lead photo loads eagerly and first; others wait until near the viewport. */
  priority?: boolean;
  className?: string;
};

/**
 * A photo at its aspect ratio, or a neutral placeholder of the same shape when
 * the photo is not available. Width and height attributes reserve the space,
 * so nothing shifts when it loads.
 */
export function Photo({ image, priority = false, className = '' }: PhotoProps) {
  if (image.src === null) {
    return (
      <svg
        role="img"
        aria-label={image.alt === '' ? 'Photo not available' : `Photo not available: ${image.alt}`}
        viewBox={`0 0 ${image.width} ${image.height}`}
        width={image.width}
        height={image.height}
        preserveAspectRatio="xMidYMid meet"
        className={`block h-auto w-full bg-placeholder text-placeholder-ink ${className}`}
      >
        <text
          x="50%"
          y="50%"
          textAnchor="middle"
          dominantBaseline="middle"
          fill="currentColor"
          fontFamily="system-ui, sans-serif"
          fontSize={Math.round(Math.min(image.width, image.height) / 18)}
        >
          Photo not available
        </text>
      </svg>
    );
  }
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
