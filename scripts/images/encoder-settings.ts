/**
 * How variants are encoded (decision 007, which has the measurements). Each format is set to about the same
 * SSIM as the JPEG fallback (0.987 on the benchmark's camera photo at 800 px), so a browser that gets AVIF gets the
 * same picture in fewer bytes. Part of every cache key (variant-cache.ts): a change here re-encodes every photo.
 */
export const ENCODER_SETTINGS = {
  avif: { quality: 60, effort: 2 },
  webp: { quality: 80, effort: 4 },
  jpg: { quality: 75, mozjpeg: true },
  png: { compressionLevel: 9 },
} as const;
