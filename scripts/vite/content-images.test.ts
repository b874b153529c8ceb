import { expect, test } from 'vitest';

import { anArticleFile } from '../../src/build/test-content.ts';
import { contentImagePaths, imageUrlResolver } from './content-images.ts';

const site = { title: 'The Ledger', description: 'News.', url: 'https://ledger.example.org', language: 'en' };

test('contentImagePaths: avatars, lead and body images from the folder, each once; never an outside address', () => {
  const paths = contentImagePaths({
    site,
    tags: [],
    authors: [
      { slug: 'jane-doe', name: 'Jane Doe', avatar: { src: 'images/jane.jpg', alt: 'Jane', width: 1, height: 1 } },
      { slug: 'alex-roe', name: 'Alex Roe' },
    ],
    articles: [
      anArticleFile('one', {
        image: { src: 'images/lead.jpg', alt: 'Lead', width: 4, height: 3 },
        body: [
          'Text.',
          { type: 'image', src: 'images/body.jpg', alt: 'Body', width: 4, height: 3 },
          { type: 'image', src: 'https://cdn.example.org/b.jpg', alt: 'Elsewhere', width: 4, height: 3 },
          { type: 'image', alt: 'Unavailable', width: 16, height: 9, caption: 'Still captioned' },
        ],
      }),
      anArticleFile('two', { image: { src: 'images/lead.jpg', alt: 'Lead again', width: 4, height: 3 } }),
    ],
  });
  expect(paths.sort()).toEqual(['images/body.jpg', 'images/jane.jpg', 'images/lead.jpg']);
});

test('imageUrlResolver: a known image gets its address, anything else stays as written', () => {
  const resolve = imageUrlResolver(new Map([['images/a.jpg', '/news/assets/a-1234.jpg']]));
  expect(resolve('images/a.jpg')).toBe('/news/assets/a-1234.jpg');
  expect(resolve('https://cdn.example.org/b.jpg')).toBe('https://cdn.example.org/b.jpg');
});
