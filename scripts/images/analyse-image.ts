/** What the build needs to know of a content image before encoding it: its hash, size as shown, alpha, tone. */
import { createHash } from 'node:crypto';

import type { SourceImage } from '../../src/build/images/plan-variants.ts';
import { nearestTone, TONES, type Tone } from '../../src/build/images/tones.ts';
import { loadSharp } from './load-sharp.ts';

export type AnalysedImage = SourceImage & {
  /** SHA-256 of the file's bytes: with the settings, the variants' cache key and address. */
  hash: string;
  /** The placeholder tone of its dominant colour (tones.ts). */
  tone: number;
};

/** Small enough to decode in a few milliseconds (JPEG shrinks on load); large enough for a dominant colour. */
const TONE_SAMPLE_PIXELS = 64;

/**
 * Which analysis this is: change it whenever what analyseImage computes changes (the sample, the alpha rule, how
 * a tone is found). Analyses are kept between builds (image-pipeline.ts) and used only while this, the sample size,
 * the palette and sharp's versions are those they were made with (analyserKey).
 */
const ANALYSIS_VERSION = 1;

/** Identifies how images are analysed: what a kept analysis must have been made by to be used. */
export function analyserKey(versions: { sharp: string; vips: string }, tones: readonly Tone[] = TONES): string {
  const analyser = { ANALYSIS_VERSION, TONE_SAMPLE_PIXELS, tones, sharp: versions.sharp, vips: versions.vips };
  return createHash('sha256').update(JSON.stringify(analyser)).digest('hex');
}

export async function analyseImage(source: Buffer): Promise<AnalysedImage> {
  const sharp = await loadSharp();
  const hash = createHash('sha256').update(source).digest('hex');
  const image = sharp(source);
  const { autoOrient, hasAlpha } = await image.metadata();
  // stats() reads its input, not the pipeline's output: the small sample is made first, then measured.
  const sample = await image
    .clone()
    .resize(TONE_SAMPLE_PIXELS, TONE_SAMPLE_PIXELS, { fit: 'inside' })
    .raw()
    .toBuffer({ resolveWithObject: true });
  const raw = { width: sample.info.width, height: sample.info.height, channels: sample.info.channels };
  const { isOpaque } = await sharp(sample.data, { raw }).stats();
  // Transparent pixels count as the paper they are drawn on, not as the black they usually hold.
  const flat = await sharp(sample.data, { raw })
    .flatten({ background: '#ffffff' })
    .raw()
    .toBuffer({ resolveWithObject: true });
  const { dominant } = await sharp(flat.data, { raw: { ...raw, channels: flat.info.channels } }).stats();
  return {
    hash,
    width: autoOrient.width,
    height: autoOrient.height,
    // An alpha channel that is opaque throughout (every GIF has one) needs no PNG.
    hasAlpha: hasAlpha && !isOpaque,
    tone: nearestTone(dominant.r, dominant.g, dominant.b),
  };
}
