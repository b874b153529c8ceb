import type { ImageFile } from '../lib/content/model.ts';
import { modernSources, plainSrc, variantSrcset } from '../lib/images/variant-urls.ts';

type PictureProps = {
  file: ImageFile;
  /** How wide it is drawn (image-sizes.ts), for the browser to pick a variant. */
  sizes: string;
  alt: string;
  width: number;
  height: number;
  /** Loads at once and first (the lead photo); anything else waits until it is near the viewport. */
  priority: boolean;
  /** The placeholder tone's class (toneClass), shown until the image is drawn. */
  tone: number | null;
  className: string;
  imageClassName: string;
};

/** Shown behind an image while it loads: its dominant colour (decision 007), or the neutral placeholder. */
function toneClass(tone: number | null): string {
  return tone === null ? 'bg-placeholder' : `tone-${tone}`;
}

/**
 * A `<picture>`: for variants from the content folder, AVIF, then WebP, then the fallback, each in every width; a
 * remote image (or, in the dev server, the original file) as it is. Width and height reserve its space.
 */
export function Picture({ file, sizes, alt, width, height, priority, tone, className, imageClassName }: PictureProps) {
  const variants = file.kind === 'variants' ? file : null;
  return (
    <picture className={className}>
      {variants === null
        ? null
        : modernSources(variants).map((source) => (
            <source key={source.type} type={source.type} srcSet={source.srcset} sizes={sizes} />
          ))}
      <img
        src={file.kind === 'variants' ? plainSrc(file) : file.src}
        srcSet={variants === null ? undefined : variantSrcset(variants, variants.fallback)}
        sizes={variants === null ? undefined : sizes}
        alt={alt}
        width={width}
        height={height}
        loading={priority ? 'eager' : 'lazy'}
        decoding={priority ? undefined : 'async'}
        fetchPriority={priority ? 'high' : undefined}
        className={`${imageClassName} ${toneClass(tone)}`}
      />
    </picture>
  );
}
