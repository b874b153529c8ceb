/**
 * The addresses of a photo's variants (model.ts: ImageFile), for `<picture>` and for the prerendered head. The one
 * place that knows how a variant's address is made; scripts/images/ writes the files under the same names.
 */
import type { ImageFile, VariantFormat } from '../content/model.ts';

export type VariantFile = Extract<ImageFile, { kind: 'variants' }>;

export const VARIANT_TYPES: Record<VariantFormat, string> = {
  avif: 'image/avif',
  webp: 'image/webp',
  jpg: 'image/jpeg',
  png: 'image/png',
};

/** Tried in this order: the first format the browser supports wins. The fallback comes last. */
const MODERN_FORMATS = ['avif', 'webp'] as const satisfies readonly VariantFormat[];

/** The width a plain `src` asks for, for the rare browser that ignores `srcset`. */
const PLAIN_SRC_WIDTH = 800;

/** Social cards (og:image, twitter:image) are this wide, or as wide as the photo when it is narrower. */
export const SOCIAL_WIDTH = 1200;

export function variantUrl(file: VariantFile, width: number, format: VariantFormat): string {
  return `${file.stem}-${width}.${format}`;
}

/** Every width of one format, for `srcset` with width descriptors. */
export function variantSrcset(file: VariantFile, format: VariantFormat): string {
  return file.widths.map((width) => `${variantUrl(file, width, format)} ${width}w`).join(', ');
}

/** The `<source>` elements before the `<img>`: one per modern format, each with every width. */
export function modernSources(file: VariantFile): { type: string; srcset: string }[] {
  return MODERN_FORMATS.map((format) => ({ type: VARIANT_TYPES[format], srcset: variantSrcset(file, format) }));
}

/** The widest variant no wider than `limit`, or the narrowest when every one is wider. */
export function widthUpTo(file: VariantFile, limit: number): number {
  const fitting = file.widths.filter((width) => width <= limit);
  return fitting.length > 0 ? Math.max(...fitting) : Math.min(...file.widths);
}

/** The `<img>`'s own `src`: the fallback format, about {@link PLAIN_SRC_WIDTH} wide. */
export function plainSrc(file: VariantFile): string {
  return variantUrl(file, widthUpTo(file, PLAIN_SRC_WIDTH), file.fallback);
}

/**
 * The social card: a JPEG {@link SOCIAL_WIDTH} wide, or as wide as the photo. Always a JPEG, also for a photo with
 * transparency: the build makes that one JPEG for every lead photo (src/build/images/plan-variants.ts).
 */
export function socialImage(file: VariantFile): { src: string; width: number } {
  const width = widthUpTo(file, SOCIAL_WIDTH);
  return { src: variantUrl(file, width, 'jpg'), width };
}

/** One address for an image: its own, or its plain variant (structured data, which takes one URL). */
export function imageSrc(file: ImageFile): string {
  return file.kind === 'single' ? file.src : plainSrc(file);
}
