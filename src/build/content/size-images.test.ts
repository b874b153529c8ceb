// @vitest-environment node
import { expect, test } from 'vitest';

import { anArticleFile } from '../test-content.ts';
import type { ImageSize } from './schema.ts';
import { sizeArticle, sizeAuthor, sizeImage, type SizeOf } from './size-images.ts';

/** Sizes as read from the files, and every src asked for. */
function files(sizes: Record<string, ImageSize>): { sizeOf: SizeOf; asked: (string | undefined)[] } {
  const asked: (string | undefined)[] = [];
  const sizeOf: SizeOf = (src) => {
    asked.push(src);
    const size = src === undefined ? undefined : sizes[src];
    if (size === undefined) throw new Error(`no file ${String(src)}`);
    return size;
  };
  return { sizeOf, asked };
}

test('an image that left out its size gets its file size; one that gave it keeps it, and no file is asked', () => {
  const { sizeOf, asked } = files({ 'images/a.jpg': { width: 3000, height: 4000 } });
  expect(sizeImage({ src: 'images/a.jpg', alt: 'A', caption: 'C' }, sizeOf)).toEqual({
    src: 'images/a.jpg',
    alt: 'A',
    caption: 'C',
    width: 3000,
    height: 4000,
  });
  expect(sizeImage({ src: 'images/a.jpg', alt: 'A', width: 600, height: 800 }, sizeOf)).toEqual({
    src: 'images/a.jpg',
    alt: 'A',
    width: 600,
    height: 800,
  });
  expect(asked).toEqual(['images/a.jpg']);
});

test('an article: its lead image and its body image blocks are sized, other blocks kept as they are', () => {
  const { sizeOf } = files({
    'images/lead.jpg': { width: 20, height: 30 },
    'images/body.png': { width: 30, height: 20 },
  });
  const article = sizeArticle(
    {
      ...anArticleFile('one'),
      image: { src: 'images/lead.jpg', alt: 'Lead' },
      body: ['Text.', { type: 'image', src: 'images/body.png', alt: '' }, { type: 'heading', text: 'H' }],
    },
    sizeOf,
  );
  expect(article.image).toEqual({ src: 'images/lead.jpg', alt: 'Lead', width: 20, height: 30 });
  expect(article.body).toEqual([
    'Text.',
    { type: 'image', src: 'images/body.png', alt: '', width: 30, height: 20 },
    { type: 'heading', text: 'H' },
  ]);
  expect(sizeArticle(anArticleFile('two'), sizeOf)).toEqual(anArticleFile('two'));
});

test("an author's avatar is sized; an author without one stays without", () => {
  const { sizeOf } = files({ 'images/jane.jpg': { width: 96, height: 96 } });
  expect(sizeAuthor({ slug: 'jane', name: 'Jane', avatar: { src: 'images/jane.jpg', alt: '' } }, sizeOf)).toEqual({
    slug: 'jane',
    name: 'Jane',
    avatar: { src: 'images/jane.jpg', alt: '', width: 96, height: 96 },
  });
  expect(sizeAuthor({ slug: 'alex', name: 'Alex' }, sizeOf)).toEqual({ slug: 'alex', name: 'Alex' });
});
