/**
 * Reads an image file in the content folder: its width and height as a reader sees it, that is after its EXIF
 * orientation (a photo stored on its side, orientation 5 to 8, shows with width and height swapped).
 */
import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import path from 'node:path';

import type { ImageSize } from '../../src/build/content/schema.ts';
import { quote } from './problem.ts';

/** The file's size as shown, or what is wrong with it, in the content format's words. */
export type ImageFile = { ok: true; size: ImageSize } | { ok: false; message: string };

function errorCode(error: unknown): string {
  return error instanceof Error && 'code' in error ? String(error.code) : 'unknown error';
}

/** Why the file at `src` cannot be read at all, or null when it can. */
async function unreadable(fullPath: string, src: string): Promise<string | null> {
  const missing = `no file ${quote(src)} in the content folder`;
  try {
    if (!(await stat(fullPath)).isFile()) return missing;
    await access(fullPath, constants.R_OK);
    return null;
  } catch (error) {
    const code = errorCode(error);
    return code === 'ENOENT' || code === 'ENOTDIR' ? missing : `${quote(src)} cannot be read (${code})`;
  }
}

/** `src` is a path inside `dir` (schema.ts: isContentPath). */
export async function readImageFile(dir: string, src: string): Promise<ImageFile> {
  const fullPath = path.join(dir, src);
  const problem = await unreadable(fullPath, src);
  if (problem !== null) return { ok: false, message: problem };
  // Loaded with the first image: the dev server then starts without it (a sixth of a second) when there is none.
  const { default: sharp } = await import('sharp');
  try {
    // metadata() reads the header only; autoOrient is the size with the orientation tag applied.
    const { autoOrient } = await sharp(fullPath).metadata();
    if (autoOrient.width > 0 && autoOrient.height > 0)
      return { ok: true, size: { width: autoOrient.width, height: autoOrient.height } };
    return { ok: false, message: `${quote(src)} is an image without a size` };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, message: `${quote(src)} is not an image (${reason})` };
  }
}
