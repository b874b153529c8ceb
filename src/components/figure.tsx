import type { ImageView } from '../lib/content/model.ts';
import { Photo } from './photo.tsx';

type FigureProps = { image: ImageView; priority?: boolean; className?: string };

/**
 * A photo with its caption and, muted, its credit. When the photo is not
 * available, a quiet note says so in its place, with the alt text that
 * describes what it showed, and the caption and credit still follow.
 */
export function Figure({ image, priority = false, className = '' }: FigureProps) {
  const hasCaption = image.caption !== null || image.credit !== null;
  return (
    <figure className={className}>
      {image.src === null ? (
        <p className="border-t border-rule pt-2 font-sans text-sm leading-snug text-ink-muted">
          {image.alt === '' ? 'Photo not available' : `Photo not available: ${image.alt}`}
        </p>
      ) : (
        <Photo image={image} priority={priority} />
      )}
      {hasCaption ? (
        <figcaption className="mt-2 font-sans text-sm leading-snug text-ink">
          {image.caption}
          {image.caption !== null && image.credit !== null ? ' ' : null}
          {image.credit === null ? null : <span className="text-ink-muted">{image.credit}</span>}
        </figcaption>
      ) : null}
    </figure>
  );
}
