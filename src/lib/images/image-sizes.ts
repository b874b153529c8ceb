/**
 * How wide each kind of photo is drawn at each breakpoint, as `sizes` attributes, so that the browser picks the
 * smallest variant that is sharp (variant-urls.ts). These follow the layout's classes: the main column is
 * `max-w-5xl` with `px-4`, `sm:px-6`; the article's column is `max-w-2xl`; the lead photo
 * reaches `sm:-mx-6`, `md:-mx-12` beyond it; a list's thumbnail is `12rem` beside the text from `sm`. A change there
 * is a change here; e2e/images/images.spec.ts checks that each photo is drawn within 2 px of the width its `sizes` gives.
 */

/** Tailwind's `sm` and `md` breakpoints. */
const SM = '40rem';
const MD = '48rem';

/**
 * The article's column, `max-w-2xl`. A width in rem, not `65ch`: `ch` in `sizes` is the browser's initial font's,
 * which is not the page's, and the photo's width must not depend on which serif the reader's system has.
 */
const COLUMN = '42rem';

/** The page's content box: `max-w-5xl` (64rem) less `sm:px-6` on each side. */
const PAGE = '61rem';

export type ImagePlacement = 'lead' | 'body' | 'gallery' | 'featured' | 'thumbnail';

export const IMAGE_SIZES: Record<ImagePlacement, string> = {
  // The column, widened by 3rem from sm (it may not pass the screen's edge) and by 6rem from md.
  lead: `(min-width: ${MD}) calc(${COLUMN} + 6rem), (min-width: ${SM}) min(calc(${COLUMN} + 3rem), 100vw), calc(100vw - 2rem)`,
  body: `(min-width: ${SM}) min(${COLUMN}, calc(100vw - 3rem)), calc(100vw - 2rem)`,
  // Two to a row in the column, `gap-2` between them (components/gallery.tsx).
  gallery: `(min-width: ${SM}) calc((min(${COLUMN}, 100vw - 3rem) - 0.5rem) / 2), calc((100vw - 2.5rem) / 2)`,
  featured: `(min-width: ${SM}) min(${PAGE}, calc(100vw - 3rem)), calc(100vw - 2rem)`,
  thumbnail: `(min-width: ${SM}) 12rem, calc(100vw - 2rem)`,
};

/** Avatars, drawn as squares: `size-9` and `size-16`. */
export const AVATAR_PIXELS = { small: 36, large: 64 } as const;

/**
 * An avatar fills its square (object-cover): a wide photo is drawn wider than the square, by its aspect ratio, and
 * the browser must pick a variant that wide.
 */
export function avatarSizes(size: keyof typeof AVATAR_PIXELS, width: number, height: number): string {
  return `${Math.ceil(AVATAR_PIXELS[size] * Math.max(1, width / height))}px`;
}
