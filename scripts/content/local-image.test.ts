// @vitest-environment node
import { expect, test } from 'vitest';

import type { ImageFile } from './image-file.ts';
import { checkLocalImage, hasAspectRatio, localImage } from './local-image.ts';

test('localImage: an image whose src is in the content folder, with its sizes as written', () => {
  expect(localImage('articles/foo.json', ['body', 2], { type: 'image', src: 'images/a.jpg', alt: '' })).toEqual({
    file: 'articles/foo.json',
    at: ['body', 2],
    src: 'images/a.jpg',
    width: undefined,
    height: undefined,
  });
  expect(localImage('authors.json', [0, 'avatar'], { src: 'images/a.jpg', width: 96, height: '96' })).toMatchObject({
    width: 96,
    height: '96',
  });
  for (const image of [{ src: 'https://cdn.example/a.jpg' }, { src: '../a.jpg' }, { alt: '' }, 'images/a.jpg', null])
    expect(localImage('articles/foo.json', ['image'], image), JSON.stringify(image)).toBeNull();
});

test('hasAspectRatio: within 1 % of the shown aspect ratio either way, exactly 1 % included', () => {
  const shown = { width: 100, height: 100 };
  expect(hasAspectRatio(100, 100, shown)).toBe(true);
  expect(hasAspectRatio(1000, 1000, shown)).toBe(true);
  expect(hasAspectRatio(101, 100, shown)).toBe(true);
  expect(hasAspectRatio(99, 100, shown)).toBe(true);
  expect(hasAspectRatio(1011, 1000, shown)).toBe(false);
  expect(hasAspectRatio(989, 1000, shown)).toBe(false);
  // 3000×4000 as shown is 3:4; 1200×800 is 3:2.
  expect(hasAspectRatio(600, 800, { width: 3000, height: 4000 })).toBe(true);
  expect(hasAspectRatio(1200, 800, { width: 3000, height: 4000 })).toBe(false);
});

const image = { file: 'articles/foo.json', at: ['image'], src: 'images/x.jpg' };

test('checkLocalImage: a file that cannot be read is reported at src, with what is wrong', () => {
  const message = 'no file "images/x.jpg" in the content folder';
  expect(checkLocalImage({ ...image, width: 3, height: 2 }, { ok: false, message })).toEqual([
    { file: 'articles/foo.json', path: 'image.src', message },
  ]);
});

test('checkLocalImage: given sizes off the aspect ratio are reported at width, with both sizes', () => {
  const read: ImageFile = { ok: true, size: { width: 3000, height: 4000 } };
  expect(checkLocalImage({ ...image, width: 1200, height: 800 }, read)).toEqual([
    {
      file: 'articles/foo.json',
      path: 'image.width',
      message: '1200×800 does not match the aspect ratio of "images/x.jpg" (3000×4000 as shown)',
    },
  ]);
  expect(checkLocalImage({ ...image, width: 600, height: 800 }, read)).toEqual([]);
  // Left out, or not sizes at all (the schema reports those): nothing to compare.
  expect(checkLocalImage({ ...image, width: undefined, height: undefined }, read)).toEqual([]);
  expect(checkLocalImage({ ...image, width: '1200', height: 800 }, read)).toEqual([]);
});
