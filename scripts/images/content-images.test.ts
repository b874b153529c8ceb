import { expect, test } from 'vitest';

import { anArticleFile } from '../../src/build/test-content.ts';
import { contentImageUses, variantResolver } from './content-images.ts';

const site = { title: 'The Ledger', description: 'News.', url: 'https://ledger.example.org', language: 'en' };

test('contentImageUses: avatars, lead, body and gallery images of articles and pages from the folder, each once with its uses; never an outside address', () => {
  const uses = contentImageUses({
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
          { type: 'image', src: 'images/jane.jpg', alt: 'Jane again', width: 1, height: 1 },
          { type: 'image', src: 'https://cdn.example.org/b.jpg', alt: 'Elsewhere', width: 4, height: 3 },
          { type: 'image', alt: 'Unavailable', width: 16, height: 9, caption: 'Still captioned' },
        ],
      }),
      anArticleFile('two', {
        image: { src: 'images/lead.jpg', alt: 'Lead again', width: 4, height: 3 },
        body: [
          {
            type: 'gallery',
            images: [
              { src: 'images/g1.jpg', alt: 'One', width: 4, height: 3 },
              { src: 'https://cdn.example.org/g2.jpg', alt: 'Two', width: 4, height: 3 },
            ],
          },
        ],
      }),
    ],
    pages: [
      {
        slug: 'about',
        title: 'About us',
        image: { src: 'images/team.jpg', alt: 'The team', width: 4, height: 3 },
        body: ['Who we are.'],
      },
    ],
  });
  expect(Object.fromEntries([...uses].map(([src, set]) => [src, [...set].sort()]))).toEqual({
    'images/body.jpg': ['photo'],
    'images/g1.jpg': ['photo'],
    'images/jane.jpg': ['avatar', 'photo'],
    'images/lead.jpg': ['lead'],
    'images/team.jpg': ['lead'],
  });
});

test('variantResolver: a content image gets its variants under the base, anything else stays as written', () => {
  const resolve = variantResolver(
    new Map([['images/a.jpg', { stem: 'assets/images/a-0123456789', widths: [400, 800], fallback: 'jpg', tone: 4 }]]),
    '/news/',
  );
  expect(resolve('images/a.jpg')).toEqual({
    file: { kind: 'variants', stem: '/news/assets/images/a-0123456789', widths: [400, 800], fallback: 'jpg' },
    tone: 4,
  });
  expect(resolve('https://cdn.example.org/b.jpg')).toEqual({
    file: { kind: 'single', src: 'https://cdn.example.org/b.jpg' },
    tone: null,
  });
});
