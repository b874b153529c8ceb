/**
 * Which variants the build makes of a photo in the content folder (decision 007): the widths for each use, never
 * wider than the file, each in AVIF, WebP and a fallback. Pure, so that the view model knows every variant's
 * address before a single one is encoded (scripts/images/ encodes them alongside the rest of the build).
 */
import type { VariantFormat } from '../../lib/content/model.ts';
import { AVATAR_PIXELS } from '../../lib/images/image-sizes.ts';
import { SOCIAL_WIDTH } from '../../lib/images/variant-urls.ts';
import type { ImageSize } from '../content/schema.ts';

/** Photos in articles and lists: from a phone's thumbnail to a wide screen at 2×. */
export const PHOTO_WIDTHS = [400, 800, 1200, 1600] as const;

/**
 * How a file is used: as a photo (an article's, a body block's, a list's thumbnail), as the lead photo that also
 * makes the social card, or as an avatar.
 */
export type ImageUse = 'photo' | 'lead' | 'avatar';

export type SourceImage = ImageSize & { hasAlpha: boolean };

export type Variant = { width: number; format: VariantFormat };

export type VariantPlan = {
  /** Ascending: the widths every format has. */
  widths: number[];
  fallback: 'jpg' | 'png';
  /** Every file to make: each width in each format, and the social card's JPEG when the fallback is PNG. */
  variants: Variant[];
};

/** The standard widths narrower than the file, and the file's own width when it is narrower than the widest. */
function photoWidths(sourceWidth: number): number[] {
  const widths: number[] = PHOTO_WIDTHS.filter((width) => width < sourceWidth);
  const widest = PHOTO_WIDTHS[PHOTO_WIDTHS.length - 1] ?? sourceWidth;
  widths.push(Math.min(sourceWidth, widest));
  return widths;
}

/**
 * 1× and 2× each avatar's square. A wide photo fills the square by its height (object-cover), so its variants are
 * wider by its aspect ratio (image-sizes.ts: avatarSizes).
 */
function avatarWidths(source: ImageSize): number[] {
  const cover = Math.max(1, source.width / source.height);
  return Object.values(AVATAR_PIXELS).flatMap((pixels) =>
    [1, 2].map((density) => Math.min(source.width, Math.ceil(pixels * density * cover))),
  );
}

export function planVariants(source: SourceImage, uses: ReadonlySet<ImageUse>): VariantPlan {
  const all = [
    ...(uses.has('photo') || uses.has('lead') ? photoWidths(source.width) : []),
    ...(uses.has('avatar') ? avatarWidths(source) : []),
  ];
  const widths = [...new Set(all)].sort((a, b) => a - b);
  const fallback = source.hasAlpha ? 'png' : 'jpg';
  const formats: VariantFormat[] = ['avif', 'webp', fallback];
  const variants = widths.flatMap((width) => formats.map((format) => ({ width, format })));
  if (uses.has('lead') && fallback === 'png') {
    // Social cards are JPEGs (variant-urls.ts: socialImage): widest photo width up to SOCIAL_WIDTH.
    const social = Math.max(...widths.filter((width) => width <= SOCIAL_WIDTH), Math.min(...widths));
    variants.push({ width: social, format: 'jpg' });
  }
  return { widths, fallback, variants };
}
