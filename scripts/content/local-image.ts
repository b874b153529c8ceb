/**
 * An image in the content folder that a content file points to, read from the raw JSON so that it is checked even
 * when the file failed the schema, and its check against the image file itself (content format 1.1).
 */
import { isContentPath, type ImageSize } from '../../src/build/content/schema.ts';
import type { ImageFile } from './image-file.ts';
import { formatJsonPath, quote, type Problem } from './problem.ts';
import { field } from './raw-json.ts';

export type LocalImage = {
  file: string;
  /** JSON path of the image object inside `file`. */
  at: (string | number)[];
  src: string;
  /** As written: checked against the image file only when both are positive integers (the schema reports the rest). */
  width: unknown;
  height: unknown;
};

/** Given sizes may differ from the file's aspect ratio by this many percent: rounding, a pixel cropped. */
const ASPECT_RATIO_TOLERANCE_PERCENT = 1;

/**
 * Whether width × height has the aspect ratio of `shown` within the tolerance: |(w / h) / (W / H) − 1| ≤ 1 %, in
 * integers, so that exactly 1 % is not lost to floating point.
 */
export function hasAspectRatio(width: number, height: number, shown: ImageSize): boolean {
  const difference = Math.abs(width * shown.height - shown.width * height);
  return difference * 100 <= ASPECT_RATIO_TOLERANCE_PERCENT * shown.width * height;
}

function isSize(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value > 0;
}

/** The image at `at` in `file`, when it points into the content folder; null for anything else. */
export function localImage(file: string, at: (string | number)[], image: unknown): LocalImage | null {
  const src = field(image, 'src');
  if (typeof src !== 'string' || !isContentPath(src)) return null;
  return { file, at, src, width: field(image, 'width'), height: field(image, 'height') };
}

export function checkLocalImage(image: LocalImage, read: ImageFile): Problem[] {
  const { file, at, src, width, height } = image;
  if (!read.ok) return [{ file, path: formatJsonPath([...at, 'src']), message: read.message }];
  if (!isSize(width) || !isSize(height)) return [];
  const shown = read.size;
  if (hasAspectRatio(width, height, shown)) return [];
  return [
    {
      file,
      path: formatJsonPath([...at, 'width']),
      message: `${width}×${height} does not match the aspect ratio of ${quote(src)} (${shown.width}×${shown.height} as shown)`,
    },
  ];
}

/**
 * Checks every image against its file, read by `read` (once per file: the content loader keeps each read), and
 * returns the size of each file that could be read, by `src`. The files are read in parallel: sharp works off the
 * main thread.
 */
export async function checkLocalImages(
  images: readonly LocalImage[],
  read: (src: string) => Promise<ImageFile>,
  problems: Problem[],
): Promise<Map<string, ImageSize>> {
  const checked = await Promise.all(images.map(async (image) => ({ image, read: await read(image.src) })));
  const sizes = new Map<string, ImageSize>();
  for (const { image, read: file } of checked) {
    problems.push(...checkLocalImage(image, file));
    if (file.ok) sizes.set(image.src, file.size);
  }
  return sizes;
}
