/**
 * The size of a remote image from its first bytes: the response is read chunk by chunk until image-size finds the
 * dimensions in the header (usually within the first few kilobytes), then the download is cancelled. A slow or
 * silent server is given up after a timeout; a file with no size in its first megabyte is not waited for.
 */
import { imageSize } from 'image-size';

import type { ImageSize } from '../../src/build/content/schema.ts';

export type ProbeResult = { ok: true; size: ImageSize } | { ok: false; reason: string };

export type ProbeOptions = { timeoutMs: number; maxBytes: number };

export const DEFAULT_PROBE_OPTIONS: ProbeOptions = { timeoutMs: 10_000, maxBytes: 1024 * 1024 };

/** The size as shown: JPEG orientations 5 to 8 turn the picture on its side, as browsers do (image-orientation). */
export function sizeFromBytes(bytes: Uint8Array): ImageSize | null {
  try {
    const { width, height, orientation } = imageSize(bytes);
    if (!(width > 0 && height > 0)) return null;
    return orientation !== undefined && orientation >= 5 ? { width: height, height: width } : { width, height };
  } catch {
    // Not enough bytes yet, or not an image.
    return null;
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const joined = new Uint8Array(a.length + b.length);
  joined.set(a);
  joined.set(b, a.length);
  return joined;
}

function describeError(error: unknown): string {
  const cause: unknown = error instanceof Error ? error.cause : undefined;
  if (cause instanceof Error && 'code' in cause) return String(cause.code);
  return error instanceof Error ? error.message : String(error);
}

export async function probeImageSize(url: string, options: ProbeOptions = DEFAULT_PROBE_OPTIONS): Promise<ProbeResult> {
  const controller = new AbortController();
  const timer = setTimeout(() => {
    controller.abort();
  }, options.timeoutMs);
  try {
    const response = await fetch(url, { signal: controller.signal, headers: { accept: 'image/*' } });
    if (!response.ok || response.body === null) return { ok: false, reason: `the server answered ${response.status}` };
    const reader = response.body.getReader();
    let bytes: Uint8Array = new Uint8Array(0);
    for (;;) {
      const { done, value } = await reader.read();
      if (value !== undefined) {
        bytes = concat(bytes, value);
        const size = sizeFromBytes(bytes);
        if (size !== null) {
          await reader.cancel();
          return { ok: true, size };
        }
      }
      if (done) return { ok: false, reason: 'it is not an image with a size' };
      if (bytes.length >= options.maxBytes) {
        await reader.cancel();
        return { ok: false, reason: `no size in its first ${Math.round(options.maxBytes / 1024)} KB` };
      }
    }
  } catch (error) {
    if (controller.signal.aborted) return { ok: false, reason: `no answer within ${options.timeoutMs / 1000} s` };
    return { ok: false, reason: `it could not be fetched (${describeError(error)})` };
  } finally {
    clearTimeout(timer);
  }
}
