/**
 * Encodes a content image's variants (plan-variants.ts) with sharp. The orientation tag is applied, colour is
 * converted to sRGB, and no metadata is written: sharp strips EXIF (with any GPS position), XMP, IPTC and ICC unless
 * told to keep them, and this module never tells it to.
 */
import type { Sharp } from 'sharp';

import type { VariantFormat } from '../../src/lib/content/model.ts';
import type { Variant, VariantPlan } from '../../src/build/images/plan-variants.ts';
import type { Slot } from '../slots.ts';
import { ENCODER_SETTINGS } from './encoder-settings.ts';
import { loadSharp } from './load-sharp.ts';

/** A variant's file name inside its cache entry and after the stem in the output (variant-urls.ts). */
export function variantFileName({ width, format }: Variant): string {
  return `${width}.${format}`;
}

function encode(image: Sharp, format: VariantFormat): Sharp {
  switch (format) {
    case 'avif':
      return image.avif(ENCODER_SETTINGS.avif);
    case 'webp':
      return image.webp(ENCODER_SETTINGS.webp);
    case 'jpg':
      // A JPEG has no alpha: transparency becomes white, like the paper (the social card of a PNG lead photo).
      return image.flatten({ background: '#ffffff' }).jpeg(ENCODER_SETTINGS.jpg);
    case 'png':
      return image.png(ENCODER_SETTINGS.png);
  }
}

/**
 * Every variant of `source`, by file name. The file is decoded once, upright and in sRGB, at the widest width
 * (a JPEG decodes at a fraction of its size); each variant is then resized from that and encoded in its own slot.
 * Only the first frame of an animated GIF is read.
 */
export async function encodeVariants(source: Buffer, plan: VariantPlan, slot: Slot): Promise<Map<string, Buffer>> {
  const sharp = await loadSharp();
  const widest = Math.max(...plan.widths);
  const decoded = await slot(async () => {
    const image = sharp(source).autoOrient().resize({ width: widest, withoutEnlargement: true });
    // sharp converts an 8-bit image's embedded profile to sRGB itself, but not a 16-bit one's (sharp 0.35): a
    // 16-bit P3 or Adobe RGB PNG's numbers were published as sRGB, its colours washed out. Untagged images stay
    // as they are (told to convert, sharp shifted an untagged 16-bit PNG's colours).
    const { icc } = await image.metadata();
    return (icc === undefined ? image : image.withIccProfile('srgb', { attach: false }))
      .toColourspace('srgb')
      .raw()
      .toBuffer({ resolveWithObject: true });
  });
  const raw = { width: decoded.info.width, height: decoded.info.height, channels: decoded.info.channels };
  const encoded = await Promise.all(
    plan.variants.map(async (variant) => {
      const bytes = await slot(() =>
        encode(
          sharp(decoded.data, { raw }).resize({ width: variant.width, withoutEnlargement: true }),
          variant.format,
        ).toBuffer(),
      );
      return [variantFileName(variant), bytes] as const;
    }),
  );
  return new Map(encoded);
}
