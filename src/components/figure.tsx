import type { ImageView } from '../lib/content/model.ts';
import type { ImagePlacement } from '../lib/images/image-sizes.ts';
import { Photo } from './photo.tsx';

type FigureProps = { image: ImageView; placement: Extract<ImagePlacement, 'lead' | 'body'>; className?: string };

/**
 * A photo with its caption and, muted, its credit. When the photo is not
 * available (content format 1.1), the figure keeps its caption and credit,
 * and the caption begins with a short note saying so, with the alt text that
 * describes what it showed; no photo-sized box is reserved.
 */
/** What stands for a photo without a file (content format 1.1), with the alt text that describes it. */
export function photoNote(alt: string): string {
  return alt === '' ? 'Photo not available' : `Photo not available: ${alt}`;
}

/** The lead photo of an article or page: wider than the text, though a note that it is not available stays in it. */
export function LeadFigure({ image }: { image: ImageView }) {
  return <Figure image={image} placement="lead" className={image.file === null ? 'my-8' : 'my-8 sm:-mx-6 md:-mx-12'} />;
}

export function Figure({ image, placement, className = '' }: FigureProps) {
  const missing = image.file === null;
  const hasCaption = missing || image.caption !== null || image.credit !== null;
  return (
    <figure className={className}>
      {missing ? null : <Photo image={image} placement={placement} />}
      {hasCaption ? (
        <figcaption className={`figure-caption ${missing ? 'border-t border-rule pt-2' : 'mt-2'}`}>
          {missing ? <span className="block text-ink-muted">{photoNote(image.alt)}</span> : null}
          {/* Keeps the note and the caption apart for a screen reader; the block span already breaks the line. */}
          {missing && (image.caption !== null || image.credit !== null) ? ' ' : null}
          {image.caption}
          {image.caption !== null && image.credit !== null ? ' ' : null}
          {image.credit === null ? null : <span className="text-ink-muted">{image.credit}</span>}
        </figcaption>
      ) : null}
    </figure>
  );
}
