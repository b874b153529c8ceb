import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { expect, test, vi } from 'vitest';

import { openSizeCache } from './image-size-cache.ts';
import { createImageResolver, ghostImagePath, type ImageSources } from './resolve-images.ts';

const images = path.join(import.meta.dirname, 'fixtures', 'ghost-5', 'content', 'images');
const site = new URL('https://news.example.org');

test.each([
  ['__GHOST_URL__/content/images/2024/05/boats.jpg', '2024/05/boats.jpg'],
  ['__GHOST_URL__/content/images/size/w600/2024/05/boats.jpg', '2024/05/boats.jpg'],
  ['__GHOST_URL__/content/images/size/w600/format/webp/2024/05/boats.jpg', '2024/05/boats.jpg'],
  ['/content/images/2019/01/a%20b.jpg', '2019/01/a b.jpg'],
  ['https://news.example.org/content/images/2024/05/boats.jpg?v=2', '2024/05/boats.jpg'],
])("%s is Ghost's image %s", (src, file) => {
  expect(ghostImagePath(src, site)).toEqual({ ok: true, path: file });
});

test("an image elsewhere is not one of Ghost's", () => {
  expect(ghostImagePath('https://cdn.example.org/content/images/2024/05/boats.jpg', site)).toBeNull();
});

test.each([
  '__GHOST_URL__/content/images/../../etc/passwd',
  '__GHOST_URL__/content/images/2024%2F..%2F..%2F..%2Fgh%2Fsecret%2Fprivate.jpg',
  'https://news.example.org/content/images/2024/%2e%2e%2F..%2Fsecret.jpg',
  '__GHOST_URL__/content/images/2024/..%5C..%5Csecret.jpg',
  '__GHOST_URL__/content/images/2024/50%.jpg',
])('%s, a way out of content/images, is refused', (src) => {
  const result = ghostImagePath(src, site);
  expect(result?.ok).toBe(false);
  expect(result?.ok === false ? result.reason : '').toContain(' refused: ');
});

function sources(extra: Partial<ImageSources> = {}): ImageSources {
  return {
    siteUrl: site,
    imagesDir: images,
    probe: () => Promise.resolve({ ok: false, reason: 'it could not be fetched (ENOTFOUND)' }),
    cache: openSizeCache(null),
    concurrency: 4,
    ...extra,
  };
}

test("with --images, Ghost's file is copied and its size read from it", async () => {
  const resolve = createImageResolver(sources());
  expect(await resolve({ src: '__GHOST_URL__/content/images/size/w600/2024/05/feature.jpg', alt: 'A' })).toEqual({
    ok: true,
    origin: 'copied',
    image: { src: 'images/2024/05/feature.jpg', alt: 'A', width: 120, height: 80 },
    copy: { from: path.join(images, '2024/05/feature.jpg'), to: 'images/2024/05/feature.jpg' },
  });
});

test('without the file, the image stays on the site; a size from the html is kept, none is asked for', async () => {
  const probe = vi.fn(() => Promise.resolve({ ok: true as const, size: { width: 10, height: 5 } }));
  const resolve = createImageResolver(sources({ imagesDir: null, probe }));
  expect(
    await resolve({ src: '__GHOST_URL__/content/images/2024/05/x.jpg', alt: '', width: 800, height: 600 }),
  ).toEqual({
    ok: true,
    origin: 'remote',
    image: { src: 'https://news.example.org/content/images/2024/05/x.jpg', alt: '', width: 800, height: 600 },
    copy: null,
  });
  expect(probe).not.toHaveBeenCalled();
});

test('a remote image without a size is probed once, and the cache remembers it', async () => {
  const probe = vi.fn(() => Promise.resolve({ ok: true as const, size: { width: 10, height: 5 } }));
  const cache = openSizeCache(null);
  const resolve = createImageResolver(sources({ probe, cache }));
  const draft = { src: 'https://cdn.example.org/a.jpg', alt: 'A' };
  const [first, second] = await Promise.all([resolve(draft), resolve(draft)]);
  expect(first).toEqual(second);
  expect(probe).toHaveBeenCalledTimes(1);
  expect(cache.get('https://cdn.example.org/a.jpg')).toEqual({ width: 10, height: 5 });
  await createImageResolver(sources({ probe, cache }))(draft);
  expect(probe).toHaveBeenCalledTimes(1);
});

test('offline, an image without a size is dropped with the reason', async () => {
  const resolve = createImageResolver(sources());
  expect(await resolve({ src: 'https://cdn.example.org/b.jpg', alt: '' })).toEqual({
    ok: false,
    reason: 'https://cdn.example.org/b.jpg dropped: its size is unknown and it could not be fetched (ENOTFOUND)',
  });
  expect(await resolve({ src: 'http://cdn.example.org/c.jpg', alt: '', width: 1, height: 1 })).toEqual({
    ok: false,
    reason: '"http://cdn.example.org/c.jpg" dropped: not an https: URL',
  });
  expect(
    (
      await createImageResolver(sources({ siteUrl: null, imagesDir: null }))({
        src: '__GHOST_URL__/content/images/a.jpg',
        alt: '',
      })
    ).ok,
  ).toBe(false);
});

test('an encoded slash in the path reads nothing outside --images and copies nothing out of images/', async () => {
  // A real image beside --images, where `2024%2F..%2F..%2Fsecret%2Fprivate.jpg` leads once decoded.
  const root = mkdtempSync(path.join(tmpdir(), 'ghost-images-test-'));
  try {
    const imagesDir = path.join(root, 'images');
    mkdirSync(path.join(imagesDir, '2024'), { recursive: true });
    mkdirSync(path.join(root, 'secret'));
    copyFileSync(path.join(images, '2024', '05', 'feature.jpg'), path.join(root, 'secret', 'private.jpg'));
    const resolve = createImageResolver(sources({ imagesDir }));
    const src = '__GHOST_URL__/content/images/2024%2F..%2F..%2Fsecret%2Fprivate.jpg';
    expect(await resolve({ src, alt: '' })).toEqual({
      ok: false,
      reason: `${JSON.stringify(src)} refused: not a path inside Ghost's content/images`,
    });
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
