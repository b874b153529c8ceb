/**
 * Writes the images journey's content folder (`npm run build:images`): an article whose lead photo is a camera
 * JPEG with GPS EXIF, with a sideways phone photo and an animated GIF far below the first screen, and an author
 * with an avatar. The photos are made here, with sharp, not committed. Usage: tsx e2e/images/make-content.ts <dir>
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { animatedGif, avatarPhoto, cameraPhoto, PHOTOS_ARTICLE, sidewaysPhoto } from './photos.ts';

const dir = path.resolve(process.argv[2] ?? 'dist-images-content');
rmSync(dir, { recursive: true, force: true });
mkdirSync(path.join(dir, 'articles'), { recursive: true });
mkdirSync(path.join(dir, 'images'), { recursive: true });

const write = (file: string, data: unknown) => {
  writeFileSync(path.join(dir, file), `${JSON.stringify(data, null, 2)}\n`);
};

writeFileSync(path.join(dir, 'images/camera.jpg'), await cameraPhoto());
writeFileSync(path.join(dir, 'images/sideways.jpg'), await sidewaysPhoto());
writeFileSync(path.join(dir, 'images/animated.gif'), await animatedGif());
writeFileSync(path.join(dir, 'images/avatar.jpg'), await avatarPhoto());

write('site.json', {
  title: 'The Picture Desk',
  description: 'Photos from the content folder.',
  url: 'https://pictures.example',
  language: 'en',
});
write('authors.json', [
  {
    slug: 'ana-lens',
    name: 'Ana Lens',
    role: 'Photographer',
    avatar: { src: 'images/avatar.jpg', alt: 'Ana Lens' },
  },
]);
write('tags.json', [{ slug: 'photos', name: 'Photos' }]);

const filler = Array.from(
  { length: 24 },
  (_, index) =>
    `Paragraph ${index + 1} keeps the photos below far under the first screen, as a long story's photos are. ` +
    'The reader scrolls past the harbour, the quay and the boats before any of them is needed.',
);

write(`articles/${PHOTOS_ARTICLE.slug}.json`, {
  slug: PHOTOS_ARTICLE.slug,
  title: 'Photos from a camera and a phone',
  publishedAt: '2026-11-02T09:00:00Z',
  authors: ['ana-lens'],
  tags: ['photos'],
  // Width and height left out: read from the files (content format 1.1).
  image: { src: 'images/camera.jpg', alt: 'Colour bands from a test camera', caption: 'A camera file.' },
  body: [
    ...filler,
    { type: 'image', src: 'images/sideways.jpg', alt: 'A portrait photo stored on its side', caption: 'Upright.' },
    ...filler.slice(0, 6),
    { type: 'image', src: 'images/animated.gif', alt: 'An animated graphic', caption: 'Its first frame.' },
  ],
});
write('articles/second.json', {
  slug: 'second',
  title: 'A second story with the same photo',
  publishedAt: '2026-11-01T09:00:00Z',
  authors: ['ana-lens'],
  tags: ['photos'],
  image: { src: 'images/camera.jpg', alt: 'Colour bands again' },
  body: ['A list shows this story with a small variant of its photo.'],
});

console.log(`wrote the images journey's content to ${path.relative(process.cwd(), dir)}/`);
