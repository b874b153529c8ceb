// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { expect, test } from 'vitest';

import type { ImageFile } from '../lib/content/model.ts';
import { IMAGE_SIZES } from '../lib/images/image-sizes.ts';
import { anImage } from '../test/view-models.ts';
import { AuthorAvatar } from './author-avatar.tsx';
import { Photo } from './photo.tsx';

const variants: ImageFile = {
  kind: 'variants',
  stem: '/assets/images/harbour-0123456789',
  widths: [400, 800],
  fallback: 'jpg',
};

test('variants: AVIF, then WebP, then the JPEG img, each with every width and the sizes of its role', () => {
  const { container } = render(<Photo image={anImage({ file: variants, tone: 5 })} placement="thumbnail" />);
  const sources = [...container.querySelectorAll('picture > source')];
  expect(sources.map((source) => source.getAttribute('type'))).toEqual(['image/avif', 'image/webp']);
  expect(sources[0]).toHaveAttribute(
    'srcset',
    '/assets/images/harbour-0123456789-400.avif 400w, /assets/images/harbour-0123456789-800.avif 800w',
  );
  expect(sources[1]).toHaveAttribute('sizes', IMAGE_SIZES.thumbnail);
  const image = screen.getByRole('img', { name: 'A harbour at dawn' });
  expect(image).toHaveAttribute('src', '/assets/images/harbour-0123456789-800.jpg');
  expect(image).toHaveAttribute(
    'srcset',
    '/assets/images/harbour-0123456789-400.jpg 400w, /assets/images/harbour-0123456789-800.jpg 800w',
  );
  expect(image).toHaveAttribute('sizes', IMAGE_SIZES.thumbnail);
  expect(image).toHaveAttribute('width', '1200');
  expect(image).toHaveAttribute('height', '800');
  // Below the first screen: fetched when near the viewport, decoded off the main thread.
  expect(image).toHaveAttribute('loading', 'lazy');
  expect(image).toHaveAttribute('decoding', 'async');
  expect(image).not.toHaveAttribute('fetchpriority');
  // The placeholder tone, a class: the CSP allows no style attribute.
  expect(image).toHaveClass('tone-5');
  expect(image).not.toHaveAttribute('style');
});

test('the lead photo loads eagerly, first, with the lead sizes; no tone gives the neutral placeholder', () => {
  render(<Photo image={anImage({ file: variants })} placement="lead" />);
  const image = screen.getByRole('img');
  expect(image).toHaveAttribute('loading', 'eager');
  expect(image).toHaveAttribute('fetchpriority', 'high');
  expect(image).toHaveAttribute('sizes', IMAGE_SIZES.lead);
  expect(image).toHaveClass('bg-placeholder');
});

test("the home's featured photo, at the top of the first screen, also loads eagerly and first", () => {
  render(<Photo image={anImage({ file: variants })} placement="featured" />);
  const image = screen.getByRole('img');
  expect(image).toHaveAttribute('loading', 'eager');
  expect(image).toHaveAttribute('fetchpriority', 'high');
  expect(image).toHaveAttribute('sizes', IMAGE_SIZES.featured);
});

test('a remote image stays at its own address, with no srcset', () => {
  const { container } = render(
    <Photo image={anImage({ file: { kind: 'single', src: 'https://img.example/a.jpg' } })} placement="body" />,
  );
  expect(container.querySelector('source')).toBeNull();
  const image = screen.getByRole('img');
  expect(image).toHaveAttribute('src', 'https://img.example/a.jpg');
  expect(image).not.toHaveAttribute('srcset');
  expect(image).toHaveAttribute('width', '1200');
  expect(image).toHaveAttribute('loading', 'lazy');
});

test('an avatar offers 1× and 2× its circle, by sizes', () => {
  const avatar: ImageFile = {
    kind: 'variants',
    stem: '/assets/images/ada-0123456789',
    widths: [36, 64, 72, 128],
    fallback: 'jpg',
  };
  const { container } = render(
    <AuthorAvatar name="Ada Byron" avatar={anImage({ file: avatar, width: 300, height: 300 })} size="small" />,
  );
  const image = container.querySelector('img');
  expect(image).toHaveAttribute('sizes', '36px');
  expect(image?.getAttribute('srcset')).toContain('-72.jpg 72w');
  expect(image).toHaveAttribute('alt', '');
});
