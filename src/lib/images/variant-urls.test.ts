import { describe, expect, it } from 'vitest';

import { modernSources, plainSrc, socialImage, variantSrcset, variantUrl, type VariantFile } from './variant-urls.ts';

const file: VariantFile = {
  kind: 'variants',
  stem: '/assets/images/harbour-0123456789',
  widths: [400, 800, 1200, 1600],
  fallback: 'jpg',
};

describe('variant addresses', () => {
  it('names a variant by stem, width and format', () => {
    expect(variantUrl(file, 800, 'avif')).toBe('/assets/images/harbour-0123456789-800.avif');
  });

  it('lists every width with its width descriptor', () => {
    expect(variantSrcset(file, 'webp')).toBe(
      '/assets/images/harbour-0123456789-400.webp 400w, /assets/images/harbour-0123456789-800.webp 800w, ' +
        '/assets/images/harbour-0123456789-1200.webp 1200w, /assets/images/harbour-0123456789-1600.webp 1600w',
    );
  });

  it('offers AVIF, then WebP, before the fallback', () => {
    expect(modernSources(file).map((source) => source.type)).toEqual(['image/avif', 'image/webp']);
  });

  it("gives the plain src in the fallback format, about 800 wide, or the photo's narrowest", () => {
    expect(plainSrc(file)).toBe('/assets/images/harbour-0123456789-800.jpg');
    expect(plainSrc({ ...file, widths: [1000], fallback: 'png' })).toBe('/assets/images/harbour-0123456789-1000.png');
  });

  it('makes the social card a 1200-wide JPEG, or as wide as a narrower photo', () => {
    expect(socialImage(file)).toEqual({ src: '/assets/images/harbour-0123456789-1200.jpg', width: 1200 });
    expect(socialImage({ ...file, widths: [400, 800, 1000], fallback: 'png' })).toEqual({
      src: '/assets/images/harbour-0123456789-1000.jpg',
      width: 1000,
    });
  });
});
