import type { ImageView } from '../lib/content/model.ts';
import { Photo } from './photo.tsx';

type GalleryProps = { images: readonly ImageView[]; caption: string | null };

/**
 * 2 to 12 pictures as one figure (content format 1.1), two to a row; with an odd number, the first spans the row.
 * One caption for the whole, then each picture's credit once, muted.
 */
export function Gallery({ images, caption }: GalleryProps) {
  const credits = [...new Set(images.flatMap((image) => image.credit ?? []))];
  const wideFirst = images.length % 2 === 1;
  return (
    <figure className="my-8">
      <ul className="grid list-none grid-cols-2 items-start gap-2 p-0">
        {images.map((image, index) => {
          const wide = wideFirst && index === 0;
          return (
            <li key={index} className={wide ? 'col-span-2' : ''}>
              {image.file === null ? (
                <p className="border-t border-rule pt-2 font-sans text-sm text-ink-muted">
                  {image.alt === '' ? 'Photo not available' : `Photo not available: ${image.alt}`}
                </p>
              ) : (
                <Photo image={image} placement={wide ? 'body' : 'gallery'} />
              )}
            </li>
          );
        })}
      </ul>
      {caption === null && credits.length === 0 ? null : (
        <figcaption className="mt-2 font-sans text-sm leading-snug text-ink">
          {caption}
          {caption !== null && credits.length > 0 ? ' ' : null}
          {credits.length === 0 ? null : <span className="text-ink-muted">{credits.join('; ')}</span>}
        </figcaption>
      )}
    </figure>
  );
}
