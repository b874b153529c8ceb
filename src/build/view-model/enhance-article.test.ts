import { expect, test } from 'vitest';
import { z } from 'zod';

import type { Author, Image } from '../content/schema.ts';
import { anArticleFile } from '../test-content.ts';
import { enhanceArticle, withRelated, type ArticleContext } from './enhance-article.ts';
import { imageSources } from './enhance-body.ts';
import type { ImageResolver } from './enhance-image.ts';
import { enhanceAuthor } from './enhance-people.ts';

const photo = (src: string): Image => ({ src, alt: src, width: 1200, height: 800 });

/** An article with a photo in every place one can be: its lead, an image block and a gallery. */
const article = anArticleFile('bridge', {
  image: photo('images/lead.jpg'),
  body: [
    'The *bridge* reopened on Monday.',
    { type: 'image', ...photo('images/inside.jpg') },
    { type: 'gallery', images: [photo('images/one.jpg'), photo('images/two.jpg')], caption: 'Both banks.' },
    { type: 'quote', text: 'It is open.', cite: 'The mayor' },
  ],
});

const jane: Author = { slug: 'jane-doe', name: 'Jane Doe' };

/** A context whose resolver records every image it is asked for. */
function recordingContext(): { context: ArticleContext; resolved: string[] } {
  const resolved: string[] = [];
  const resolveImage: ImageResolver = (src) => {
    resolved.push(src);
    return { file: { kind: 'single', src }, tone: null };
  };
  const author = enhanceAuthor(jane, 1, resolveImage);
  resolved.length = 0;
  return {
    resolved,
    context: {
      tag: (slug) => ({ slug, name: slug }),
      author: (slug) => (slug === jane.slug ? author : undefined),
      resolveImage,
    },
  };
}

test("an article's body and reading time are made when first read, once", () => {
  const { context, resolved } = recordingContext();
  const view = enhanceArticle(article, context);
  // Lists need its excerpt and lead photo, made at once: its body's photos are not resolved yet.
  expect(view.excerpt).toBe('The bridge reopened on Monday.');
  expect(resolved).toEqual(['images/lead.jpg']);
  expect(view.readingMinutes).toBe(1);
  expect(resolved).toEqual(['images/lead.jpg', 'images/inside.jpg', 'images/one.jpg', 'images/two.jpg']);
  const { body } = view;
  expect(view.body).toBe(body);
  expect(body.map((block) => block.type)).toEqual(['paragraph', 'image', 'gallery', 'quote']);
  expect(resolved).toHaveLength(4);
});

test('the view with its related reading reads the same body, and its JSON has every field in order', () => {
  const { context, resolved } = recordingContext();
  const view = enhanceArticle(article, context);
  const related = [{ slug: 'other', title: 'Other', publishedAt: article.publishedAt, primaryTag: null }];
  const full = withRelated(view, related);
  expect(full.body).toBe(view.body);
  expect(resolved).toHaveLength(4);
  expect(Object.keys(z.record(z.string(), z.unknown()).parse(JSON.parse(JSON.stringify(full))))).toEqual([
    'slug',
    'title',
    'standfirst',
    'excerpt',
    'publishedAt',
    'updatedAt',
    'readingMinutes',
    'authors',
    'tags',
    'image',
    'body',
    'source',
    'access',
    'related',
  ]);
});

test("imageSources names every image the article's view resolves, in order", () => {
  const { context, resolved } = recordingContext();
  JSON.stringify(enhanceArticle(article, context));
  expect(imageSources(article)).toEqual(resolved);
  // A photo known only by its caption and credit (no file to show) has nothing to resolve.
  const captionOnly: Image = { alt: 'The bridge', width: 1200, height: 800, caption: 'The bridge.', credit: 'AP' };
  expect(imageSources(anArticleFile('plain', { image: captionOnly }))).toEqual([]);
});
