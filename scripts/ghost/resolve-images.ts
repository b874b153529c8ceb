/**
 * Where each image of the import comes from, and its size (docs/ghost-import.md, "Images and sizes"):
 *
 * - Ghost's own images (`__GHOST_URL__/content/images/…`, or the site's URL): with `--images`, the file from
 *   Ghost's content/images folder is copied into the content folder and its size read from it; otherwise the image
 *   stays on the site, `--site-url` giving its address.
 * - Other `https:` images stay URLs.
 * - A remote image's size is the one Ghost's html gives, else read from its first bytes (remote-image-size.ts),
 *   remembered in a cache. An image whose size cannot be learned is dropped and reported; the post is kept.
 * - A Ghost image path that would leave content/images (`..`, or `%2F..` that only decoding shows) is refused:
 *   nothing outside `--images` is read, and nothing outside the content folder written.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';

import type { ImageSize } from '../../src/build/content/schema.ts';
import { readImageFile } from '../content/image-file.ts';
import type { Image } from './content-types.ts';
import type { DraftImage } from './draft-blocks.ts';
import type { SizeCache } from './image-size-cache.ts';
import { slots } from '../slots.ts';
import type { ProbeResult } from './remote-image-size.ts';
import { isInsideFolder } from '../inside-folder.ts';
import { GHOST_URL } from './site-links.ts';

export type ImageSources = {
  siteUrl: URL | null;
  /** Ghost's content/images folder (`--images`), or null. */
  imagesDir: string | null;
  probe: (url: string) => Promise<ProbeResult>;
  cache: SizeCache;
  concurrency: number;
};

export type Resolved =
  | { ok: true; image: Image; origin: 'copied' | 'remote'; copy: { from: string; to: string } | null }
  /** The reason follows the image's field in the report: `https://… dropped: …`, after "feature image ", say. */
  | { ok: false; reason: string };

export type ImageResolver = (draft: DraftImage) => Promise<Resolved>;

export type GhostImagePath = { ok: true; path: string } | { ok: false; reason: string };

/**
 * `2024/05/x.jpg` for an image in Ghost's content/images, a refusal when its path would leave that folder, or null
 * for another image. Resized copies (`size/w600/`) name the original.
 */
export function ghostImagePath(src: string, siteUrl: URL | null): GhostImagePath | null {
  let rest: string | null = null;
  const marker = '/content/images/';
  if (src.startsWith(`${GHOST_URL}${marker}`)) rest = src.slice(GHOST_URL.length + marker.length);
  else if (src.startsWith(marker)) rest = src.slice(marker.length);
  else if (siteUrl !== null) {
    try {
      const url = new URL(src);
      const prefix = `${siteUrl.pathname.replace(/\/+$/, '')}${marker}`;
      const sameHost = url.hostname.replace(/^www\./, '') === siteUrl.hostname.replace(/^www\./, '');
      if (sameHost && url.pathname.startsWith(prefix)) rest = url.pathname.slice(prefix.length);
    } catch {
      return null;
    }
  }
  if (rest === null) return null;
  const clean = rest.split(/[?#]/)[0] ?? '';
  const segments = clean.replace(/^(?:size\/w\d+(?:h\d+)?\/)?(?:format\/[a-z0-9]+\/)?/, '').split('/');
  const refused = {
    ok: false as const,
    reason: `${JSON.stringify(src.slice(0, 120))} refused: not a path inside Ghost's content/images`,
  };
  try {
    const decoded = segments.map(decodeURIComponent);
    // Checked after decoding, each segment whole: `%2F..%2F` is one segment until decoded, then a way out.
    const safe = decoded.every(
      (segment) => segment !== '' && segment !== '.' && segment !== '..' && !/[/\\]/.test(segment),
    );
    return safe ? { ok: true, path: decoded.join('/') } : refused;
  } catch {
    return refused;
  }
}

function httpsUrl(src: string): URL | null {
  try {
    const url = new URL(src.startsWith('//') ? `https:${src}` : src);
    return url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

function imageOf(draft: DraftImage, src: string, size: ImageSize): Image {
  return {
    src,
    alt: draft.alt,
    width: size.width,
    height: size.height,
    ...(draft.caption === undefined ? {} : { caption: draft.caption }),
    ...(draft.credit === undefined ? {} : { credit: draft.credit }),
  };
}

export function createImageResolver(sources: ImageSources): ImageResolver {
  const run = slots(sources.concurrency);
  const remoteSizes = new Map<string, Promise<ProbeResult>>();
  const localSizes = new Map<string, Promise<ProbeResult>>();

  const remoteSize = (url: string): Promise<ProbeResult> => {
    const cached = sources.cache.get(url);
    if (cached !== undefined) return Promise.resolve({ ok: true, size: cached });
    let pending = remoteSizes.get(url);
    if (pending === undefined) {
      pending = run(() => sources.probe(url)).then((result) => {
        if (result.ok) sources.cache.set(url, result.size);
        return result;
      });
      remoteSizes.set(url, pending);
    }
    return pending;
  };

  const localSize = (dir: string, file: string): Promise<ProbeResult> => {
    let pending = localSizes.get(file);
    if (pending === undefined) {
      pending = run(async () => {
        const read = await readImageFile(dir, file);
        return read.ok ? { ok: true as const, size: read.size } : { ok: false as const, reason: read.message };
      });
      localSizes.set(file, pending);
    }
    return pending;
  };

  const remote = async (draft: DraftImage, url: URL): Promise<Resolved> => {
    const href = url.href;
    if (draft.width !== undefined && draft.height !== undefined)
      return {
        ok: true,
        image: imageOf(draft, href, { width: draft.width, height: draft.height }),
        origin: 'remote',
        copy: null,
      };
    const size = await remoteSize(href);
    if (!size.ok) return { ok: false, reason: `${href} dropped: its size is unknown and ${size.reason}` };
    return { ok: true, image: imageOf(draft, href, size.size), origin: 'remote', copy: null };
  };

  return async (draft) => {
    const ghost = ghostImagePath(draft.src, sources.siteUrl);
    if (ghost !== null) {
      if (!ghost.ok) return ghost;
      const ghostPath = ghost.path;
      const dir = sources.imagesDir;
      const file = dir === null ? null : path.join(dir, ghostPath);
      // ghostImagePath already refuses a way out; this holds whatever it misses.
      if (dir !== null && file !== null && !isInsideFolder(dir, file))
        return { ok: false, reason: `${JSON.stringify(draft.src.slice(0, 120))} refused: outside ${dir}` };
      if (dir !== null && file !== null && existsSync(file) && statSync(file).isFile()) {
        const size = await localSize(dir, ghostPath);
        if (!size.ok) return { ok: false, reason: `${ghostPath} dropped: ${size.reason}` };
        const to = `images/${ghostPath}`;
        return { ok: true, image: imageOf(draft, to, size.size), origin: 'copied', copy: { from: file, to } };
      }
      if (sources.siteUrl === null) {
        const where = dir === null ? 'no --images folder' : `not in ${dir}`;
        return { ok: false, reason: `${ghostPath} dropped: ${where}, and no --site-url to find it at` };
      }
      const base = sources.siteUrl.href.replace(/\/+$/, '');
      const url = new URL(`${base}/content/images/${ghostPath.split('/').map(encodeURIComponent).join('/')}`);
      if (url.protocol !== 'https:') return { ok: false, reason: `${url.href} dropped: not https:` };
      return remote(draft, url);
    }
    const url = httpsUrl(draft.src);
    if (url === null)
      return { ok: false, reason: `${JSON.stringify(draft.src.slice(0, 120))} dropped: not an https: URL` };
    return remote(draft, url);
  };
}
